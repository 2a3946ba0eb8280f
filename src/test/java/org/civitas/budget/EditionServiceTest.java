package org.civitas.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.budget.EditionForms.money;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.civitas.identity.Role;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class EditionServiceTest extends IntegrationTest {

    @Autowired
    EditionService editions;

    @Autowired
    DistrictService districts;

    @Test
    void an_official_creates_an_edition_and_anyone_reads_it_back() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        EditionForm form = form();
        form.setBallotKind(BallotRule.Kind.APPROVAL);
        form.setBallotParameter(5);
        form.setMinAgeToVote(16);
        long id = editions.create(form);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        EditionDetails edition = editions.details(id);
        assertThat(edition.name().in(Language.PL)).isEqualTo(form.getName().getPl());
        assertThat(edition.name().in(Language.KA)).as("falls back to Polish").isEqualTo(form.getName().getPl());
        assertThat(edition.phases()).hasSize(8).extracting(PhaseDates::phase).containsExactly(Phase.values());
        assertThat(edition.pools()).hasSize(19);
        assertThat(edition.pools().get(0).cityWide()).isTrue();
        assertThat(edition.pools().get(0).amount()).isEqualByComparingTo("1000000").hasScaleOf(2);
        assertThat(edition.categories()).singleElement().satisfies(c -> assertThat(c.name().in(Language.UK)).isEqualTo("Зелень"));
        assertThat(edition.ballotRule()).isEqualTo(new BallotRule(BallotRule.Kind.APPROVAL, 5));
        assertThat(edition.minAgeToSubmit()).isNull();
        assertThat(edition.minAgeToVote()).isEqualTo(16);
        assertThat(edition.support()).isEqualTo(new SupportRequirement(15, 10));
        assertThat(edition.countingRule()).isEqualTo(CountingRule.POINTS);
        assertThat(edition.minPoints()).as("Kraków: a project without a point is never funded").isEqualTo(1);
        assertThat(editions.editions()).extracting(EditionSummary::id).contains(id);
    }

    @Test
    void a_counting_rule_that_stops_early_and_the_fewest_points_are_kept_through_a_change() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        EditionForm form = form();
        form.setCountingRule(CountingRule.POINTS_NO_SKIP);
        form.setMinPoints(50);
        long id = editions.create(form);

        editions.update(id, EditionForm.of(editions.details(id)));

        assertThat(editions.details(id).countingRule()).isEqualTo(CountingRule.POINTS_NO_SKIP);
        assertThat(editions.details(id).minPoints()).isEqualTo(50);
        assertRefused(f -> f.setMinPoints(-1), "minPoints", "{budget.counting.min-points-range}");
    }

    @Test
    void an_admin_changes_an_edition_and_its_pools_keep_their_ids() {
        accounts.signIn(accounts.create(Role.ADMIN));
        long id = editions.create(form());
        var poolIds = editions.details(id).pools().stream().map(PoolSummary::id).toList();

        EditionForm changed = EditionForm.of(editions.details(id));
        changed.getPools().get(0).setAmount(money("2000000"));
        changed.getCategories().add(new CategoryForm(null, new NamesForm().set(Language.PL, "Sport")));
        editions.update(id, changed);

        EditionDetails edition = editions.details(id);
        assertThat(edition.pools()).extracting(PoolSummary::id).isEqualTo(poolIds);
        assertThat(edition.pools().get(0).amount()).isEqualByComparingTo("2000000");
        assertThat(edition.categories()).extracting(c -> c.name().in(Language.EN)).containsExactly("Zieleń", "Sport");
    }

    @Test
    void refuses_phases_out_of_order_or_overlapping() {
        assertRefused(f -> f.phase(Phase.VERIFICATION).setStart(f.phase(Phase.SUBMISSION).getEnd()),
                "phases[1].start", "{budget.phase.out-of-order}");
        assertRefused(f -> {
            f.phase(Phase.VOTING).setStart(f.phase(Phase.SUBMISSION).getStart().minusDays(30));
            f.phase(Phase.VOTING).setEnd(f.phase(Phase.SUBMISSION).getStart().minusDays(20));
        }, "phases[5].start", "{budget.phase.out-of-order}");
        assertRefused(f -> f.phase(Phase.RESULTS).setEnd(f.phase(Phase.RESULTS).getStart().minusDays(1)),
                "phases[6].end", "{budget.phase.end-before-start}");
        assertRefused(f -> f.phase(Phase.PROTESTS).setEnd(null), "phases[2].end", "{budget.phase.incomplete}");
    }

    @Test
    void refuses_a_minimum_cost_above_the_maximum_or_a_maximum_above_the_pool() {
        assertRefused(f -> f.getPools().get(3).setMinCost(money("50000")), "pools[3].minCost", "{budget.pool.min-above-max}");
        assertRefused(f -> f.getPools().get(0).setMaxCost(money("1000000.01")), "pools[0].maxCost",
                "{budget.pool.max-above-amount}");
    }

    @Test
    void refuses_a_pool_amount_of_zero_or_less() {
        assertRefused(f -> f.getPools().get(1).setAmount(money("0")), "pools[1].amount", "{budget.money.positive}");
        assertRefused(f -> f.getPools().get(2).setAmount(money("-5")), "pools[2].amount", "{budget.money.positive}");
    }

    @Test
    void refuses_an_edition_without_a_polish_name() {
        assertRefused(f -> f.getName().setPl("  "), "name.pl", "{budget.name.polish-required}");
    }

    @Test
    void refuses_an_approval_or_cumulative_ballot_without_its_number() {
        assertRefused(f -> f.setBallotKind(BallotRule.Kind.APPROVAL), "ballotParameter", "{budget.rule.parameter-required}");
        assertRefused(f -> f.setBallotKind(BallotRule.Kind.CUMULATIVE), "ballotParameter", "{budget.rule.parameter-required}");
    }

    @Test
    void a_refused_change_leaves_the_edition_as_it_was() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        long id = editions.create(form());
        EditionDetails before = editions.details(id);

        EditionForm changed = EditionForm.of(before);
        changed.getName().setPl("Changed");
        changed.getPools().get(0).setMinCost(money("999999"));
        assertThatThrownBy(() -> editions.update(id, changed)).isInstanceOf(ConstraintViolationException.class);

        assertThat(editions.details(id)).isEqualTo(before);
    }

    @Test
    void refuses_a_pool_of_a_district_that_does_not_exist() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        EditionForm form = form();
        form.getPools().get(1).setDistrictId(999_999L);
        int before = editions.count();

        assertThatThrownBy(() -> editions.create(form)).isInstanceOf(InvalidEditionException.class)
                .extracting(e -> ((InvalidEditionException) e).messageKey()).isEqualTo("budget.editor.unknown-district");
        assertThat(editions.count()).isEqualTo(before);
    }

    @Test
    void residents_and_visitors_may_not_create_or_change_editions() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        long id = editions.create(form());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> editions.create(form())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> editions.update(id, form())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.signIn(accounts.create());
        assertThatThrownBy(() -> editions.create(form())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editions.update(id, form())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_phase_in_force_follows_the_clock_in_krakow_time() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        long id = editions.create(form());

        assertThat(editions.currentPhase(id)).contains(Phase.SUBMISSION);
        clock.advance(Duration.ofDays(105));
        assertThat(editions.currentPhase(id)).contains(Phase.VOTING);
        assertThat(editions.editions()).filteredOn(e -> e.id() == id).singleElement()
                .satisfies(e -> assertThat(e.phaseToday()).contains(Phase.VOTING));
        clock.advance(Duration.ofDays(1000));
        assertThat(editions.currentPhase(id)).isEmpty();
        clock.reset();
        assertThat(editions.currentPhase(id)).contains(Phase.SUBMISSION);
        assertThat(editions.phaseOn(id, today().minusDays(11))).isEmpty();
    }

    private void assertRefused(Consumer<EditionForm> breakIt, String path, String messageTemplate) {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        EditionForm form = form();
        breakIt.accept(form);
        int before = editions.count();

        assertThatThrownBy(() -> editions.create(form)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getConstraintViolations())
                        .anySatisfy(v -> assertViolation(v, path, messageTemplate)));
        assertThat(editions.count()).as("nothing saved").isEqualTo(before);
    }

    private static void assertViolation(ConstraintViolation<?> violation, String path, String messageTemplate) {
        assertThat(violation.getPropertyPath().toString()).endsWith(path);
        assertThat(violation.getMessageTemplate()).isEqualTo(messageTemplate);
    }

    private EditionForm form() {
        return EditionForms.valid("Edycja " + UUID.randomUUID().toString().substring(0, 8), today(), districts.all());
    }

    private LocalDate today() {
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }
}
