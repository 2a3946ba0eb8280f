package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Arrays;

import org.civitas.tally.Election;
import org.civitas.tally.EqualSharesSummary;
import org.civitas.tally.EqualSharesSummary.Comparison;
import org.civitas.tally.Rule;
import org.civitas.tally.TallyResult;
import org.civitas.tally.internal.GreedyCount.AtMisfit;

/** Runs a rule on an election and assembles the result. */
public final class Counting {
    private Counting() {
    }

    public static TallyResult count(Election election, Rule rule) {
        CountInput in = CountInput.of(election);
        return switch (rule) {
            case GREEDY -> greedy(in, rule, AtMisfit.SKIP, null);
            case GREEDY_THRESHOLD -> greedy(in, rule, AtMisfit.SKIP, threshold(election));
            case GREEDY_NO_SKIP -> greedy(in, rule, AtMisfit.STOP, null);
            case GREEDY_CUSTOM -> greedy(in, rule, AtMisfit.FUND_IF_80_PERCENT_LEFT_THEN_STOP, null);
            case EQUAL_SHARES -> equalShares(in, rule, false);
            case EQUAL_SHARES_COMPARISON -> equalShares(in, rule, true);
        };
    }

    private static TallyResult greedy(CountInput in, Rule rule, AtMisfit atMisfit, BigDecimal threshold) {
        return result(in, rule, new GreedyCount(in, atMisfit, threshold).count(), null);
    }

    private static TallyResult equalShares(CountInput in, Rule rule, boolean compareWithGreedy) {
        var count = new EqualSharesCount(in);
        Counted counted = count.count();
        if (!compareWithGreedy) {
            return result(in, rule, counted, count.summary(null));
        }
        Counted greedy = new GreedyCount(in, AtMisfit.SKIP, null).count();
        Comparison comparison = GreedyComparison.compare(in, counted, greedy);
        return result(in, rule, comparison.greedyStands() ? greedy : counted, count.summary(comparison));
    }

    private static TallyResult result(CountInput in, Rule rule, Counted counted, EqualSharesSummary summary) {
        return new TallyResult(rule, counted.selectedIds(in), Arrays.asList(counted.outcomes()),
                in.election.budget(), counted.spent(in), summary);
    }

    private static BigDecimal threshold(Election election) {
        return election.minProjectScoreThreshold().orElseThrow(() -> new IllegalArgumentException(
                "the rule greedy-threshold needs min_project_score_threshold in META"));
    }
}
