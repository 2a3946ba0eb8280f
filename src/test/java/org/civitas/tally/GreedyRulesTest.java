package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.tally.ProjectOutcome.Status;
import org.junit.jupiter.api.Test;

class GreedyRulesTest {

    @Test
    void funds_the_next_project_that_still_fits() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30", "B;500;20", "C;300;10");

        TallyResult result = Tally.count(e, Rule.GREEDY);

        assertEquals(List.of("A", "C"), result.selected());
        assertEquals(new BigDecimal("900"), result.spent());
    }

    @Test
    void explains_a_skipped_project_with_the_money_that_was_left() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30", "B;500;20", "C;300;10");

        ProjectOutcome skipped = Tally.count(e, Rule.GREEDY).outcome("B");

        assertEquals(Status.DID_NOT_FIT, skipped.status());
        assertEquals(2, skipped.rank());
        assertEquals(new BigDecimal("400"), skipped.moneyLeft());
    }

    @Test
    void no_skip_stops_at_the_first_project_that_does_not_fit() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30", "B;500;20", "C;300;10");

        TallyResult result = Tally.count(e, Rule.GREEDY_NO_SKIP);

        assertEquals(List.of("A"), result.selected());
        assertEquals(Status.DID_NOT_FIT, result.outcome("B").status());
        assertEquals(Status.STOPPED, result.outcome("C").status());
    }

    @Test
    void ties_keep_the_file_order() throws Exception {
        Election e = Fixtures.ranked("1000", "B;600;20", "A;600;20", "C;400;20");

        assertEquals(List.of("B", "C"), Tally.count(e, Rule.GREEDY).selected());
    }

    @Test
    void ranks_by_score_when_the_file_has_one() throws Exception {
        Election e = PabulibReader.parse(Fixtures.meta("1000", "ordinal")
                + "PROJECTS\nproject_id;cost;votes;score\nA;600;30;40\nB;600;20;70\nVOTES\nvoter_id;vote\n");

        assertEquals(List.of("B"), Tally.count(e, Rule.GREEDY).selected());
    }

    @Test
    void never_funds_a_project_below_the_threshold() throws Exception {
        Election e = PabulibReader.parse(Fixtures.meta("1000", "approval") + "min_project_score_threshold;15\n"
                + "PROJECTS\nproject_id;cost;votes\nA;600;30\nB;500;20\nC;300;15\nD;100;14\nVOTES\nvoter_id;vote\n");

        TallyResult result = Tally.count(e, Rule.GREEDY_THRESHOLD);

        assertEquals(List.of("A", "C"), result.selected());
        assertEquals(Status.BELOW_THRESHOLD, result.outcome("D").status());
        assertEquals(List.of("A", "C", "D"), Tally.count(e, Rule.GREEDY).selected());
    }

    @Test
    void refuses_greedy_threshold_without_a_threshold() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30");

        assertThrows(IllegalArgumentException.class, () -> Tally.count(e, Rule.GREEDY_THRESHOLD));
    }

    @Test
    void poznan_funds_the_first_misfit_from_reserve_when_80_percent_of_its_cost_is_left() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30", "B;500;20", "C;300;10");

        TallyResult result = Tally.count(e, Rule.GREEDY_CUSTOM);

        // 400 left is exactly 80% of B's 500: B is funded from reserve, and counting stops there.
        assertEquals(List.of("A", "B"), result.selected());
        assertEquals(Status.FUNDED_FROM_RESERVE, result.outcome("B").status());
        assertEquals(Status.STOPPED, result.outcome("C").status());
        assertEquals(new BigDecimal("1100"), result.spent());
    }

    @Test
    void poznan_stops_without_funding_when_less_than_80_percent_is_left() throws Exception {
        Election e = Fixtures.ranked("1000", "A;600;30", "B;501;20", "C;300;10");

        TallyResult result = Tally.count(e, Rule.GREEDY_CUSTOM);

        assertEquals(List.of("A"), result.selected());
        assertEquals(Status.DID_NOT_FIT, result.outcome("B").status());
        assertEquals(Status.STOPPED, result.outcome("C").status());
    }

    @Test
    void passes_over_a_withdrawn_project_without_stopping() throws Exception {
        Election e = Fixtures.ranked("750000", "W;999999999;454", "K;750000;395", "M;750000;165");

        TallyResult result = Tally.count(e, Rule.GREEDY_NO_SKIP);

        assertEquals(List.of("K"), result.selected());
        assertEquals(Status.WITHDRAWN, result.outcome("W").status());
    }

    @Test
    void counts_decimal_budgets_to_the_cent() throws Exception {
        Election e = Fixtures.ranked("1000.50", "A;600;30", "B;400.50;20", "C;0.01;10");

        TallyResult result = Tally.count(e, Rule.GREEDY);

        assertEquals(List.of("A", "B"), result.selected());
        assertEquals(new BigDecimal("0.00"), result.outcome("C").moneyLeft());
        assertEquals(Status.DID_NOT_FIT, result.outcome("C").status());
    }
}
