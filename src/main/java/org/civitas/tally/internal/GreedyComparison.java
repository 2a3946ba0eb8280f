package org.civitas.tally.internal;

import org.civitas.tally.EqualSharesSummary.Comparison;

/**
 * The final step of {@code equalshares/add1-comparison}: each voter prefers the outcome with more
 * of the projects on their ballot; greedy stands only if more voters prefer it than prefer Equal Shares.
 */
final class GreedyComparison {
    private GreedyComparison() {
    }

    static Comparison compare(CountInput in, Counted equalShares, Counted greedy) {
        int[] moreUnderEqualShares = new int[in.voterCount()];
        int[][] approvers = in.approvers();
        for (int p : equalShares.selected()) {
            for (int v : approvers[p]) {
                moreUnderEqualShares[v]++;
            }
        }
        for (int p : greedy.selected()) {
            for (int v : approvers[p]) {
                moreUnderEqualShares[v]--;
            }
        }
        int preferEqualShares = 0;
        int preferGreedy = 0;
        for (int difference : moreUnderEqualShares) {
            preferEqualShares += difference > 0 ? 1 : 0;
            preferGreedy += difference < 0 ? 1 : 0;
        }
        return new Comparison(equalShares.selectedIds(in), greedy.selectedIds(in), preferEqualShares, preferGreedy,
                preferGreedy > preferEqualShares);
    }
}
