package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.tally.ProjectOutcome.EqualSharesPrice;
import org.civitas.tally.ProjectOutcome.Status;
import org.junit.jupiter.api.Test;

class EqualSharesTest {

    /**
     * Budget 100, four voters, so each account starts with 25. A (20) is approved by all, B (60)
     * and D (20) by voters 1, 2 and 4, C (30) by voters 1 and 4.
     * <ul>
     * <li>At 25: A costs each voter 5 (rho 5/20); then D and B tie at 3 effective supporters, and
     * the cheaper D goes first (20/3 each); the 13.33 left to each of B's supporters cannot pay B
     * nor C. Outcome {A, D}, 40: it fits, but B or C would still fit too.
     * <li>At 27 the supporters of C have 15.33 each after A and D: C is bought. {A, D, C} costs 70
     * and nothing more fits: the first exhaustive outcome, which must not stop the count.
     * <li>From 32 B is affordable after A and D (3 x 20.33 &ge; 60) and, with 3 effective
     * supporters against C's 2, goes before C, which then is not affordable: {A, D, B}, 100.
     * <li>At 47, after A, D and B, voters 1 and 4 keep 15.33 each and buy C too: 130 no longer fits.
     * </ul>
     * So the count keeps {A, D, B} at 46 per voter, 21 add-one steps after 25.
     */
    @Test
    void keeps_raising_the_money_past_the_first_exhaustive_outcome() throws Exception {
        Election e = Fixtures.approvals("100", new String[] {"A;20", "B;60", "C;30", "D;20"},
                "A,B,C,D", "A,B,D", "A", "A,B,C,D");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES);

        assertEquals(List.of("A", "D", "B"), result.selected());
        assertEquals(new BigDecimal("46"), result.equalShares().moneyPerVoter());
        assertEquals(21, result.equalShares().addOneSteps());
        assertEquals(new EqualSharesPrice(new BigDecimal("5.00"), new BigDecimal("4.00")), result.outcome("A").price());
        assertEquals(new EqualSharesPrice(new BigDecimal("6.67"), new BigDecimal("3.00")), result.outcome("D").price());
        assertEquals(3, result.outcome("B").rank());
        assertEquals(Status.NOT_ENOUGH_SUPPORT, result.outcome("C").status());
        // After A (5), D (6.67) and B (20), voters 1 and 4 keep 46 - 31.67 = 14.33 each.
        assertEquals(new BigDecimal("28.66"), result.outcome("C").moneyLeft());
    }

    /**
     * The count above ends with C's two supporters holding 14.33 each: 28.67 of C's 30, so C's effective
     * support is 95.55% of its cost, rounded down so that it never reads as the 100% it lacked. E, which
     * nobody approved, has none; a funded project's effective support is its price's instead.
     */
    @Test
    void an_unfunded_projects_effective_support_is_the_share_of_its_cost_its_supporters_could_still_pay()
            throws Exception {
        Election e = Fixtures.approvals("100", new String[] {"A;20", "B;60", "C;30", "D;20", "E;10"},
                "A,B,C,D", "A,B,D", "A", "A,B,C,D");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES);

        assertEquals(new BigDecimal("0.9555"), result.outcome("C").costCovered());
        assertEquals(BigDecimal.ZERO, result.outcome("E").costCovered());
        assertEquals(Status.NOT_ENOUGH_SUPPORT, result.outcome("E").status());
        assertNull(result.outcome("A").costCovered());
        assertNull(Tally.count(e, Rule.GREEDY).outcome("C").costCovered());
    }

    /**
     * Eight voters with 10 each. Z (50, voters 4 to 8) goes first at 10 per supporter, which
     * empties voter 4. Then X (15, voters 1 to 3) and Y (15, voters 1 to 4) both cost their paying
     * supporters 5 each: a tie in rho and cost, which Y's 4 approvals win over X's 3 and file order.
     */
    @Test
    void breaks_ties_by_lower_cost_then_more_approvals_then_file_order() throws Exception {
        Election byApprovals = Fixtures.approvals("80", new String[] {"X;15", "Y;15", "Z;50"},
                "X,Y", "X,Y", "X,Y", "Y,Z", "Z", "Z", "Z", "Z");
        Election byFileOrder = Fixtures.approvals("20", new String[] {"Q;10", "P;10"}, "P,Q", "P,Q");

        assertEquals(List.of("Z", "Y", "X"), Tally.count(byApprovals, Rule.EQUAL_SHARES).selected());
        assertEquals(List.of("Q", "P"), Tally.count(byFileOrder, Rule.EQUAL_SHARES).selected());
    }

    @Test
    void counts_every_listed_project_as_approved_on_other_ballot_types() throws Exception {
        String projects = "PROJECTS\nproject_id;cost\nA;20\nB;60\nC;30\nD;20\n";
        Election ordinal = PabulibReader.parse(Fixtures.meta("100", "ordinal") + projects
                + "VOTES\nvoter_id;vote\n1;D,C,B,A\n2;B,A,D\n3;A\n4;C,D,A,B\n");
        Election cumulative = PabulibReader.parse(Fixtures.meta("100", "cumulative") + projects
                + "VOTES\nvoter_id;vote;points\n1;D,C,B,A;4,3,2,1\n2;B,A,D;5,3,2\n3;A;10\n4;C,D,A,B;7,1,1,1\n");

        assertEquals(List.of("A", "D", "B"), Tally.count(ordinal, Rule.EQUAL_SHARES).selected());
        assertEquals(List.of("A", "D", "B"), Tally.count(cumulative, Rule.EQUAL_SHARES).selected());
    }

    /**
     * Budget 100, three voters. Greedy takes C (20, all three voters) and then A (60, voter 2).
     * Equal Shares takes only C: A and B (60, voter 1) become affordable at the same step, and both
     * no longer fit. Voter 2 has more winners under greedy and nobody has more under Equal Shares.
     */
    @Test
    void comparison_lets_greedy_stand_when_more_voters_prefer_it() throws Exception {
        Election e = Fixtures.approvals("100", new String[] {"A;60", "B;60", "C;20"}, "C,B", "C,A", "C");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES_COMPARISON);

        assertEquals(List.of("C", "A"), result.selected());
        var comparison = result.equalShares().comparison();
        assertEquals(List.of("C"), comparison.equalSharesSelected());
        assertEquals(1, comparison.votersPreferringGreedy());
        assertEquals(0, comparison.votersPreferringEqualShares());
        assertTrue(comparison.greedyStands());
        assertEquals(List.of("C"), Tally.count(e, Rule.EQUAL_SHARES).selected());
    }

    /** Greedy funds A for voters 1 and 2; Equal Shares funds B for voters 3 and 4: a tie keeps Equal Shares. */
    @Test
    void comparison_keeps_equal_shares_when_no_more_voters_prefer_greedy() throws Exception {
        Election e = Fixtures.approvals("60", new String[] {"A;50", "B;30"}, "A", "A", "B", "B");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES_COMPARISON);

        assertEquals(List.of("B"), result.selected());
        assertEquals(List.of("A"), result.equalShares().comparison().greedySelected());
        assertFalse(result.equalShares().comparison().greedyStands());
        assertEquals(2, result.equalShares().comparison().votersPreferringGreedy());
    }

    @Test
    void never_funds_a_withdrawn_or_unapproved_project() throws Exception {
        Election e = Fixtures.approvals("100", new String[] {"W;999999999", "A;10", "N;5"}, "W,A", "W");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES);

        assertEquals(List.of("A"), result.selected());
        assertEquals(Status.WITHDRAWN, result.outcome("W").status());
        assertEquals(Status.NOT_ENOUGH_SUPPORT, result.outcome("N").status());
        assertEquals(BigDecimal.ZERO, result.outcome("N").moneyLeft());
        assertNull(result.outcome("W").moneyLeft());
    }

    @Test
    void funds_nothing_without_ballots() throws Exception {
        Election e = Fixtures.ranked("100", "A;10;0");

        TallyResult result = Tally.count(e, Rule.EQUAL_SHARES);

        assertEquals(List.of(), result.selected());
        assertEquals(Status.NOT_ENOUGH_SUPPORT, result.outcome("A").status());
    }

    @Test
    void agrees_with_exact_fractions_on_random_small_elections() throws Exception {
        var random = new java.util.Random(20240415);
        for (int round = 0; round < 300; round++) {
            RandomElection sample = RandomElection.draw(random);
            List<String> expected = sample.exact().count(sample.budget()).stream().map(p -> "P" + p).toList();

            assertEquals(expected, Tally.count(sample.election(), Rule.EQUAL_SHARES).selected(), sample.text());
        }
    }
}
