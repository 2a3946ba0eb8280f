package org.civitas.support;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.civitas.identity.Role;
import org.civitas.identity.internal.Account;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.shared.Language;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Verified accounts made directly in the database, for tests whose subject is not registration. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Correct-horse-42";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TestAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new verified account with a unique email and the given roles (RESIDENT always). */
    public String create(Role... roles) {
        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var account = new Account(email, encoder.encode(PASSWORD), "Test " + email.substring(5, 13), Language.EN,
                clock.instant());
        account.verify(clock.instant());
        account.getRoles().addAll(List.of(roles));
        accounts.save(account);
        return email;
    }

    /** A new verified resident who lives in the district. */
    public String residentOf(long districtId) {
        String email = create(Role.RESIDENT);
        Account account = find(email);
        account.setDistrictId(districtId);
        accounts.save(account);
        return email;
    }

    /** Signs the current thread in as the account, with its roles. */
    public void signIn(String email) {
        Account account = accounts.findByEmail(email).orElseThrow();
        var authorities = account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var auth = UsernamePasswordAuthenticationToken.authenticated(email, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    public Account find(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }
}
