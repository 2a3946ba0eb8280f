package org.civitas.identity.internal;

import java.time.Clock;
import java.util.List;

import org.civitas.budget.DistrictService;
import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Verified demo accounts, one per role and the demo proposals' authors, in the dev profile only (README lists them). */
@Component
@Profile("dev")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    /** {@code district}: the number of the district the person lives in, or null. */
    record Demo(String email, String password, String name, Language language, Integer district, List<Role> roles) {
    }

    private static final String RESIDENT_PASSWORD = "Resident-demo-2027";
    private static final List<Role> RESIDENT = List.of(Role.RESIDENT);

    static final List<Demo> DEMOS = List.of(
            new Demo("resident@civitas.demo", RESIDENT_PASSWORD, "Olena Kovalenko", Language.UK, 2, RESIDENT),
            new Demo("official@civitas.demo", "Official-demo-2027", "Marta Zielińska", Language.PL, 1,
                    List.of(Role.RESIDENT, Role.OFFICIAL)),
            new Demo("admin@civitas.demo", "Admin-demo-2027", "Piotr Wiśniewski", Language.PL, null,
                    List.of(Role.RESIDENT, Role.ADMIN)),
            // the authors of the demo proposals, who sign in with the resident's password
            new Demo("anna.nowak@civitas.demo", RESIDENT_PASSWORD, "Anna Nowak", Language.PL, 13, RESIDENT),
            new Demo("tomasz.wojcik@civitas.demo", RESIDENT_PASSWORD, "Tomasz Wójcik", Language.PL, 18, RESIDENT),
            new Demo("andrii.melnyk@civitas.demo", RESIDENT_PASSWORD, "Andrii Melnyk", Language.UK, 12, RESIDENT),
            new Demo("siarhei.kavalenka@civitas.demo", RESIDENT_PASSWORD, "Siarhei Kavalenka", Language.BE, 1, RESIDENT),
            new Demo("giorgi.beridze@civitas.demo", RESIDENT_PASSWORD, "Giorgi Beridze", Language.KA, 5, RESIDENT),
            new Demo("emily.carter@civitas.demo", RESIDENT_PASSWORD, "Emily Carter", Language.EN, 7, RESIDENT),
            new Demo("maria.sokolova@civitas.demo", RESIDENT_PASSWORD, "Maria Sokolova", Language.RU, 9, RESIDENT));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final DistrictService districts;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock, DistrictService districts) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.districts = districts;
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
            if (demo.district() != null) {
                districts.all().stream().filter(d -> d.number() == demo.district()).findFirst()
                        .ifPresent(d -> account.setDistrictId(d.id()));
            }
            accounts.save(account);
        }
    }
}
