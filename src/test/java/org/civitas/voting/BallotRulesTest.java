package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.civitas.budget.BallotRule;
import org.civitas.budget.BallotRule.Kind;
import org.civitas.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link BallotRules} for every kind of ballot, on ballots built by hand: the server's last word on a
 * ballot must not depend on the booth, so each way a forged request can break a rule is tried here.
 */
class BallotRulesTest {

    static final long EDITION = 7;
    static final long CITY = 100;
    static final long DISTRICT = 200;
    static final long ELSEWHERE = 300;

    /** City-wide projects 1..5 costing 100 each; district projects 11..14 costing 10, 20, 30, 40. */
    static BallotPaper paper(BallotRule rule) {
        var city = new PoolBallot(CITY, null, new BigDecimal("250"),
                LongStream.rangeClosed(1, 5).mapToObj(id -> project(id, CITY, "100")).toList());
        var district = new PoolBallot(DISTRICT, 4L, new BigDecimal("60"),
                List.of(project(11, DISTRICT, "10"), project(12, DISTRICT, "20"), project(13, DISTRICT, "30"),
                        project(14, DISTRICT, "40")));
        return new BallotPaper(EDITION, rule, city, district);
    }

    static BallotProject project(long id, long poolId, String cost) {
        return new BallotProject(id, poolId, "Project " + id, "", new BigDecimal(cost), Language.PL, null);
    }

    static BallotChoice city(long id, int points) {
        return new BallotChoice(CITY, id, points);
    }

    static BallotChoice district(long id, int points) {
        return new BallotChoice(DISTRICT, id, points);
    }

    static void assertRefused(BallotPaper paper, List<BallotChoice> choices, String key, Object... arguments) {
        assertThatThrownBy(() -> BallotRules.check(paper, choices)).isInstanceOfSatisfying(VotingRuleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    static List<BallotChoice> with(List<BallotChoice> ballot, int index, BallotChoice replacement) {
        var changed = new ArrayList<>(ballot);
        changed.set(index, replacement);
        return changed;
    }

    @Test
    void an_empty_ballot_is_refused_whatever_the_rule() {
        for (Kind kind : Kind.values()) {
            assertRefused(paper(new BallotRule(kind, 3)), List.of(), "voting.error.empty");
        }
    }

    @Test
    void a_project_of_a_pool_not_on_the_voters_ballot_is_refused_whatever_the_rule() {
        for (Kind kind : Kind.values()) {
            assertRefused(paper(new BallotRule(kind, 3)), List.of(new BallotChoice(ELSEWHERE, 1, 1)),
                    "voting.error.other-pool");
        }
    }

    @Test
    void the_cost_of_a_pools_marks_is_the_sum_of_their_projects() {
        BallotPaper paper = paper(new BallotRule(Kind.KNAPSACK, null));
        assertThat(BallotRules.cost(paper.district(), List.of(district(12, 1), district(14, 1))))
                .isEqualByComparingTo("60");
        assertThat(BallotRules.cost(paper.district(), List.of())).isEqualByComparingTo("0");
    }

    @Nested
    class KrakowPoints {

        final BallotPaper paper = paper(new BallotRule(Kind.KRAKOW_POINTS, null));
        final List<BallotChoice> valid = List.of(city(4, 3), city(1, 2), city(5, 1), district(13, 3),
                district(11, 2), district(12, 1));

        @Test
        void asks_for_exactly_three_ranked_projects_or_all_of_a_shorter_list() {
            assertThat(BallotRules.limits(paper.rule(), paper.city())).isEqualTo(new PickLimits(3, 3, true, null, null));
            var two = new PoolBallot(DISTRICT, 4L, BigDecimal.TEN, List.of(project(11, DISTRICT, "1"),
                    project(12, DISTRICT, "1")));
            assertThat(BallotRules.limits(paper.rule(), two)).isEqualTo(new PickLimits(2, 2, true, null, null));
        }

        @Test
        void accepts_three_projects_ranked_three_two_one_in_each_pool_in_any_order() {
            assertThatCode(() -> BallotRules.check(paper, valid)).doesNotThrowAnyException();
            var reversed = new ArrayList<>(valid);
            java.util.Collections.reverse(reversed);
            assertThatCode(() -> BallotRules.check(paper, reversed)).doesNotThrowAnyException();
        }

        @Test
        void a_pool_with_two_projects_takes_both_ranked_three_and_two() {
            var two = new PoolBallot(DISTRICT, 4L, BigDecimal.TEN, List.of(project(11, DISTRICT, "1"),
                    project(12, DISTRICT, "1")));
            assertThatCode(() -> BallotRules.checkPool(paper.rule(), two, List.of(district(12, 3), district(11, 2))))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> BallotRules.checkPool(paper.rule(), two, List.of(district(12, 3),
                    district(11, 1)))).hasMessageContaining("voting.error.ranks");
        }

        @Test
        void refuses_two_or_four_projects_in_a_pool() {
            assertRefused(paper, valid.subList(1, 6), "voting.error.exactly", 3);
            var four = new ArrayList<>(valid);
            four.add(district(14, 1));
            assertRefused(paper, four, "voting.error.exactly", 3);
        }

        @Test
        void refuses_a_ballot_that_names_only_one_pool() {
            assertRefused(paper, valid.subList(0, 3), "voting.error.exactly", 3);
        }

        @Test
        void refuses_the_same_project_twice() {
            assertRefused(paper, with(valid, 1, city(4, 2)), "voting.error.duplicate");
        }

        @Test
        void refuses_a_project_that_is_not_on_the_pools_list() {
            assertRefused(paper, with(valid, 0, city(14, 3)), "voting.error.not-on-ballot");
            assertRefused(paper, with(valid, 0, city(99, 3)), "voting.error.not-on-ballot");
        }

        @Test
        void refuses_ranks_other_than_three_two_one() {
            assertRefused(paper, with(valid, 2, city(5, 2)), "voting.error.ranks");
            assertRefused(paper, with(valid, 0, city(4, 4)), "voting.error.ranks");
            assertRefused(paper, with(valid, 5, district(12, 0)), "voting.error.points-positive");
        }
    }

    @Nested
    class Approval {

        final BallotPaper paper = paper(new BallotRule(Kind.APPROVAL, 2));

        @Test
        void allows_up_to_k_projects_per_pool_but_never_more_than_are_listed() {
            assertThat(BallotRules.limits(paper.rule(), paper.city())).isEqualTo(new PickLimits(0, 2, false, null, null));
            var one = new PoolBallot(CITY, null, BigDecimal.TEN, List.of(project(1, CITY, "1")));
            assertThat(BallotRules.limits(paper.rule(), one).max()).isEqualTo(1);
        }

        @Test
        void accepts_from_one_to_k_approvals_and_an_untouched_pool() {
            assertThatCode(() -> BallotRules.check(paper, List.of(city(1, 1), city(2, 1), district(11, 1))))
                    .doesNotThrowAnyException();
            assertThatCode(() -> BallotRules.check(paper, List.of(district(14, 1)))).doesNotThrowAnyException();
        }

        @Test
        void refuses_more_than_k_projects_in_a_pool() {
            assertRefused(paper, List.of(city(1, 1), city(2, 1), city(3, 1)), "voting.error.too-many", 2);
        }

        @Test
        void refuses_anything_but_one_point_per_project() {
            assertRefused(paper, List.of(city(1, 2)), "voting.error.points-one");
            assertRefused(paper, List.of(city(1, 0)), "voting.error.points-positive");
        }

        @Test
        void refuses_duplicates_and_projects_off_the_list() {
            assertRefused(paper, List.of(city(1, 1), city(1, 1)), "voting.error.duplicate");
            assertRefused(paper, List.of(district(1, 1)), "voting.error.not-on-ballot");
        }
    }

    @Nested
    class Cumulative {

        final BallotPaper paper = paper(new BallotRule(Kind.CUMULATIVE, 5));

        @Test
        void offers_n_points_to_spread_over_any_of_the_projects() {
            assertThat(BallotRules.limits(paper.rule(), paper.city())).isEqualTo(new PickLimits(0, 5, false, 5, null));
        }

        @Test
        void accepts_at_most_n_points_in_each_pool_spread_or_piled() {
            assertThatCode(() -> BallotRules.check(paper, List.of(city(1, 3), city(2, 2), district(11, 5))))
                    .doesNotThrowAnyException();
            assertThatCode(() -> BallotRules.check(paper, List.of(city(1, 1)))).doesNotThrowAnyException();
        }

        @Test
        void refuses_more_than_n_points_in_a_pool() {
            assertRefused(paper, List.of(city(1, 3), city(2, 3)), "voting.error.points", 5);
            assertRefused(paper, List.of(district(11, 6)), "voting.error.points", 5);
        }

        @Test
        void refuses_a_project_given_no_points_or_negative_points() {
            assertRefused(paper, List.of(city(1, 0)), "voting.error.points-positive");
            assertRefused(paper, List.of(city(1, 4), city(2, -1)), "voting.error.points-positive");
        }

        @Test
        void refuses_duplicates_and_projects_off_the_list() {
            assertRefused(paper, List.of(city(1, 1), city(1, 1)), "voting.error.duplicate");
            assertRefused(paper, List.of(city(12, 1)), "voting.error.not-on-ballot");
        }
    }

    @Nested
    class Knapsack {

        final BallotPaper paper = paper(new BallotRule(Kind.KNAPSACK, null));

        @Test
        void offers_the_pools_money_to_fill() {
            assertThat(BallotRules.limits(paper.rule(), paper.district()))
                    .isEqualTo(new PickLimits(0, 4, false, null, new BigDecimal("60")));
        }

        @Test
        void accepts_projects_whose_total_cost_fits_the_pool_exactly_or_with_room() {
            assertThatCode(() -> BallotRules.check(paper, List.of(district(11, 1), district(12, 1), district(13, 1))))
                    .doesNotThrowAnyException();
            assertThatCode(() -> BallotRules.check(paper, List.of(city(1, 1), city(2, 1), district(14, 1))))
                    .doesNotThrowAnyException();
        }

        @Test
        void refuses_projects_that_cost_more_than_the_pool() {
            assertRefused(paper, List.of(district(13, 1), district(14, 1)), "voting.error.over-budget",
                    new BigDecimal("60"));
            assertRefused(paper, List.of(city(1, 1), city(2, 1), city(3, 1)), "voting.error.over-budget",
                    new BigDecimal("250"));
        }

        @Test
        void refuses_points_other_than_one() {
            assertRefused(paper, List.of(district(11, 2)), "voting.error.points-one");
        }

        @Test
        void refuses_duplicates_and_projects_off_the_list() {
            assertRefused(paper, List.of(district(11, 1), district(11, 1)), "voting.error.duplicate");
            assertRefused(paper, List.of(district(5, 1)), "voting.error.not-on-ballot");
        }
    }
}
