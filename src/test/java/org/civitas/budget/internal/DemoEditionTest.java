package org.civitas.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionForm;
import org.civitas.budget.KrakowDistricts;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolForm;
import org.civitas.shared.Language;
import org.junit.jupiter.api.Test;

class DemoEditionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final EditionForm form = DemoEdition.form(districts(), TODAY);

    @Test
    void the_demo_edition_has_krakows_money_limits_and_rules() {
        List<PoolForm> pools = form.getPools();
        assertThat(pools).hasSize(19);
        assertThat(pools.get(0).getDistrictId()).isNull();
        assertThat(pools.get(0).getAmount()).isEqualByComparingTo("10200000");
        assertThat(pools.get(0).getMinCost()).isEqualByComparingTo("25000");
        assertThat(pools.get(0).getMaxCost()).isEqualByComparingTo("2000000");
        List<PoolForm> district = pools.subList(1, 19);
        assertThat(district.stream().map(PoolForm::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("40800000");
        assertThat(district).allSatisfy(p -> {
            assertThat(p.getMinCost()).isEqualByComparingTo("2500");
            BigDecimal cap = p.getAmount().multiply(new BigDecimal("0.4"));
            assertThat(p.getMaxCost()).isLessThanOrEqualTo(cap).isGreaterThan(cap.subtract(BigDecimal.ONE));
            assertThat(p.getMaxCost().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        });
        assertThat(form.ballotRule()).isEqualTo(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null));
        assertThat(form.getSupporters()).isEqualTo(15);
        assertThat(form.getSupportDays()).isEqualTo(10);
    }

    @Test
    void the_demo_edition_is_named_in_six_languages_and_open_for_submission_on_the_day_it_is_seeded() {
        for (Language language : Language.values()) {
            assertThat(form.getName().get(language)).as(language.code()).isNotBlank();
            assertThat(form.getCategories()).allSatisfy(c -> assertThat(c.getName().get(language)).isNotBlank());
        }
        assertThat(form.getCategories()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(form.phase(Phase.SUBMISSION).getStart()).isBefore(TODAY);
        assertThat(form.phase(Phase.SUBMISSION).getEnd()).isAfter(TODAY.plusDays(10));
        assertThat(form.phase(Phase.VOTING).getStart()).isAfter(form.phase(Phase.FINAL_LIST).getEnd());
    }

    @Test
    void the_demo_edition_passes_the_editions_own_validation() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(form)).isEmpty();
        }
    }

    @Test
    void the_demo_vote_is_open_on_the_day_it_is_seeded_and_passes_validation() {
        EditionForm vote = DemoEdition.voteForm(districts(), TODAY);
        assertThat(vote.phase(Phase.VOTING).getStart()).isBefore(TODAY);
        assertThat(vote.phase(Phase.VOTING).getEnd()).isAfter(TODAY.plusDays(7));
        assertThat(vote.getName().get(Language.PL)).isEqualTo(DemoEdition.VOTE_POLISH_NAME);
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(vote)).isEmpty();
        }
    }

    private static List<DistrictSummary> districts() {
        return KrakowDistricts.all();
    }
}
