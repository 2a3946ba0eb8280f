package org.civitas.identity.internal;

import java.util.Locale;

import org.civitas.identity.SignedInAccount;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as Spring Security sees them: the email is the user name; only verified accounts are enabled. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.getStatus() != AccountStatus.DELETED)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInAccount(account.getId(), account.getEmail(), account.getPasswordHash(),
                account.getStatus() == AccountStatus.ACTIVE,
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
