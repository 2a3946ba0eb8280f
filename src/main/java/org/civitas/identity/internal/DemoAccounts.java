package org.civitas.identity.internal;

import java.time.Clock;
import java.util.List;

import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One verified demo account per role, in the dev profile only (README lists them). */
@Component
@Profile("dev")
class DemoAccounts implements ApplicationRunner {

    record Demo(String email, String password, String name, Language language, List<Role> roles) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("resident@civitas.demo", "Resident-demo-2027", "Olena Kovalenko", Language.UK, List.of(Role.RESIDENT)),
            new Demo("official@civitas.demo", "Official-demo-2027", "Anna Nowak", Language.PL, List.of(Role.RESIDENT, Role.OFFICIAL)),
            new Demo("admin@civitas.demo", "Admin-demo-2027", "Piotr Wiśniewski", Language.PL, List.of(Role.RESIDENT, Role.ADMIN)));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Demo demo : DEMOS) {
            if (accounts.existsByEmail(demo.email())) {
                continue;
            }
            var account = new Account(demo.email(), encoder.encode(demo.password()), demo.name(), demo.language(),
                    clock.instant());
            account.verify(clock.instant());
            account.getRoles().addAll(demo.roles());
            accounts.save(account);
        }
    }
}
