package org.civitas.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionForms;
import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.TestAccounts;
import org.springframework.stereotype.Component;

/**
 * Editions and proposals for tests: each test makes its own edition (submission open from 10 days ago to 10
 * days ahead, verification from day 11), so tests never see each other's proposals.
 */
@Component
public class ProposalFixtures {

    private final EditionService editions;
    private final DistrictService districts;
    private final ProposalService proposals;
    private final TestAccounts accounts;
    private final Clock clock;

    ProposalFixtures(EditionService editions, DistrictService districts, ProposalService proposals,
            TestAccounts accounts, Clock clock) {
        this.editions = editions;
        this.districts = districts;
        this.proposals = proposals;
        this.accounts = accounts;
        this.clock = clock;
    }

    public EditionDetails edition() {
        return edition(form -> { });
    }

    /** An edition made from the valid test form, as {@code change} alters it. */
    public EditionDetails edition(java.util.function.Consumer<org.civitas.budget.EditionForm> change) {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        var form = EditionForms.valid("Test " + UUID.randomUUID(), today, districts.all());
        change.accept(form);
        long id = editions.create(form);
        return editions.details(id);
    }

    public PoolSummary districtPool(EditionDetails edition) {
        return edition.pools().stream().filter(p -> !p.cityWide()).findFirst().orElseThrow();
    }

    /** A complete proposal for the pool: two cost items, 3 × 2,000 + 1 × 4,000 = 10,000 PLN. */
    public ProposalForm complete(EditionDetails edition, PoolSummary pool, String title) {
        var form = new ProposalForm();
        form.setLanguage(Language.PL);
        form.setTitle(title);
        form.setSummary("Ławki i drzewa przy placu zabaw.");
        form.setDescription("Posadzimy **drzewa** i postawimy ławki.\n\n- trzy ławki\n- jedno drzewo");
        form.setCategoryId(edition.categories().get(0).id());
        form.setPoolId(pool.id());
        form.setAddress("ul. Lipowa 4, Kraków");
        form.getCostItems().add(new CostItemForm("Ławka", new BigDecimal("3"), new BigDecimal("2000.00")));
        form.getCostItems().add(new CostItemForm("Drzewo z sadzeniem", BigDecimal.ONE, new BigDecimal("4000.00")));
        return form;
    }

    /** An author (resident of the pool's district, signed in) and their submitted proposal. */
    public Submitted submitted(EditionDetails edition, String title) {
        PoolSummary pool = districtPool(edition);
        String author = accounts.residentOf(pool.districtId());
        accounts.signIn(author);
        long id = proposals.startDraft(edition.id());
        proposals.submit(id, complete(edition, pool, title));
        return new Submitted(id, author, pool);
    }

    public record Submitted(long id, String author, PoolSummary pool) {
    }
}
