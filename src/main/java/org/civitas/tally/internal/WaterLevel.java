package org.civitas.tally.internal;

import java.util.Arrays;

/**
 * Finds how much each supporter pays for a project: the level t where supporters paying
 * min(money, t) together pay the cost. Supporters with less than t pay all they have.
 *
 * <p>Each pass sets apart the supporters below the level that would hold if all remaining ones
 * paid equally; that raises the level, and it stops when nobody new falls below. Real accounts
 * settle in two to five passes; a sort bounds the work when they do not.
 */
final class WaterLevel {
    private static final int PASSES_BEFORE_SORTING = 8;

    private WaterLevel() {
    }

    /**
     * Writes the level t = num/den into num[p] and den[p]. {@code money[0, lo)} holds supporters
     * already known to pay all they have ({@code paidByPartial} together), {@code money[lo, count)}
     * the others; all together cover {@code cost}. Entries are reordered.
     */
    static void solve(long[] money, int lo, int count, long cost, long paidByPartial, long[] num, long[] den, int p) {
        for (int pass = 0; pass < PASSES_BEFORE_SORTING; pass++) {
            long need = cost - paidByPartial;
            int payers = count - lo;
            long partialBelow = ceilDiv(need, payers);
            int w = lo;
            for (int i = lo; i < count; i++) {
                long m = money[i];
                if (m < partialBelow) {
                    paidByPartial += m;
                    money[i] = money[w];
                    money[w++] = m;
                }
            }
            if (w == lo) {
                num[p] = need;
                den[p] = payers;
                return;
            }
            lo = w;
        }
        Arrays.sort(money, lo, count);
        int i = lo;
        while (money[i] * (count - i) < cost - paidByPartial) {
            paidByPartial += money[i++];
        }
        num[p] = cost - paidByPartial;
        den[p] = count - i;
    }

    /** money &lt; need/payers exactly when money &lt; ceil(need/payers), for whole money. */
    static long ceilDiv(long need, long payers) {
        return (need + payers - 1) / payers;
    }
}
