package org.civitas.tally;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an Equal Shares count went, beyond the per-project outcomes.
 *
 * @param moneyPerVoter   what each voter's account started with in the kept outcome: the budget
 *                        divided equally, rounded down to a whole currency unit, plus one unit per
 *                        add-one step
 * @param addOneSteps     how many add-one steps the kept outcome took
 * @param comparison      for {@code equalshares/add1-comparison}: the comparison with greedy; otherwise null
 */
public record EqualSharesSummary(BigDecimal moneyPerVoter, int addOneSteps, Comparison comparison) {

    /**
     * Equal Shares against plain greedy, counted per voter by approved winners.
     *
     * @param equalSharesSelected         the Equal Shares outcome, in buying order
     * @param greedySelected              the greedy outcome, in selection order
     * @param votersPreferringEqualShares voters with strictly more approved winners under Equal Shares
     * @param votersPreferringGreedy      voters with strictly more approved winners under greedy
     * @param greedyStands                true when more voters prefer greedy, so its outcome is the result
     */
    public record Comparison(List<String> equalSharesSelected, List<String> greedySelected,
            int votersPreferringEqualShares, int votersPreferringGreedy, boolean greedyStands) {

        public Comparison {
            equalSharesSelected = List.copyOf(equalSharesSelected);
            greedySelected = List.copyOf(greedySelected);
        }
    }
}
