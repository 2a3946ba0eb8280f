package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One run of the Method of Equal Shares (approvals, cost utilities) at a given money per voter.
 *
 * <p>Money is a long in {@link FineMoney fine units}, a power of ten finer than the smallest
 * currency unit, chosen per run so that no sum overflows. A project's price is kept exactly as a fraction: the
 * largest payment asked of a supporter is {@code num/den} fine units, and projects are compared by
 * {@code rho = num / (den * cost)}, the payment per unit of utility, with 128-bit cross products.
 * Only the charge is rounded: a supporter who pays the largest payment pays it rounded down to a
 * fine unit. So supporters keep less than one fine unit per purchase more than exact fractions
 * would leave them (a fine unit is at most a thousandth of a cent); the outcome can differ from
 * exact fractions only where two projects' rho, or a project's cost and its supporters' money,
 * differ by less than that. Exact fractions would need BigInteger arithmetic in the inner loop.
 *
 * <p>Speed: supporters' money only shrinks, so a project's last computed rho is a lower bound of
 * its rho now. A heap ordered by these bounds lets each round recompute only the few projects
 * whose bound could still beat the best one found.
 */
final class EqualSharesRun {
    private final int[][] approvers;
    private final long[] costUnits;
    private final int inputScale;
    private final BigDecimal dearest;
    private final boolean[] candidate;
    private final long[] costFine;
    private final long[] budget;
    private final long[] scratch;
    private final long[] num;
    private final long[] den;
    private final int[] evaluated;
    private final CandidateHeap heap;

    /** The projects bought in the last run, in buying order, with their prices in num and den. */
    final int[] bought;
    int boughtCount;
    /** The unit of the last run's accounts and prices. */
    FineMoney fine;

    /**
     * @param costUnits  costs in the smallest unit of the input, which has {@code inputScale} decimals
     * @param candidate  the projects that may be bought: approved by someone and not withdrawn
     */
    EqualSharesRun(int[][] approvers, long[] costUnits, int inputScale, boolean[] candidate, int voters) {
        this.approvers = approvers;
        this.costUnits = costUnits;
        this.inputScale = inputScale;
        this.candidate = candidate;
        int projects = costUnits.length;
        long dearestUnits = 0;
        for (int p = 0; p < projects; p++) {
            dearestUnits = Math.max(dearestUnits, candidate[p] ? costUnits[p] : 0);
            // Comparing rho multiplies a cost by a supporter count: that product must fit a long.
            if (candidate[p] && costUnits[p] > Long.MAX_VALUE / approvers[p].length) {
                throw new IllegalArgumentException("the costs and number of voters are too large for Equal Shares");
            }
        }
        this.dearest = BigDecimal.valueOf(dearestUnits, inputScale);
        this.costFine = new long[projects];
        this.budget = new long[voters];
        this.scratch = new long[Arrays.stream(approvers).mapToInt(a -> a.length).max().orElse(0)];
        this.num = new long[projects];
        this.den = new long[projects];
        this.evaluated = new int[projects];
        this.bought = new int[projects];
        this.heap = new CandidateHeap(projects, this::compare);
    }

    /** Runs with this many whole currency units in each voter's account. */
    void run(long currencyPerVoter) {
        useUnit(FineMoney.forRun(inputScale, budget.length, currencyPerVoter, dearest));
        long moneyPerVoter = currencyPerVoter * fine.perCurrencyUnit();
        Arrays.fill(budget, moneyPerVoter);
        boughtCount = 0;
        heap.clear();
        for (int p = 0; p < costFine.length; p++) {
            if (candidate[p] && costFine[p] == 0) {
                // Free projects cost nobody anything: bought first, at price 0.
                num[p] = 0;
                den[p] = 1;
                bought[boughtCount++] = p;
            } else if (candidate[p] && approvers[p].length * moneyPerVoter >= costFine[p]) {
                num[p] = costFine[p];
                den[p] = approvers[p].length;
                heap.add(p);
            }
        }
        for (int best = nextPurchase(); best >= 0; best = nextPurchase()) {
            charge(best);
            bought[boughtCount++] = best;
        }
    }

    private void useUnit(FineMoney unit) {
        if (!unit.equals(fine)) {
            fine = unit;
            for (int p = 0; p < costUnits.length; p++) {
                costFine[p] = candidate[p] ? unit.fromUnits(costUnits[p]) : 0;
            }
        }
    }

    /** The money the supporters of a project have left after the last run, in fine units. */
    long supportersMoney(int project) {
        long total = 0;
        for (int v : approvers[project]) {
            total += budget[v];
        }
        return total;
    }

    long priceNum(int project) {
        return num[project];
    }

    long priceDen(int project) {
        return den[project];
    }

    /** Pops projects by bound until none can beat the best; pushes back the others. -1 if none is affordable. */
    private int nextPurchase() {
        int best = -1;
        int count = 0;
        while (!heap.isEmpty()) {
            int p = heap.peek();
            if (best >= 0 && compareRho(p, best) > 0) {
                break;
            }
            heap.poll();
            if (evaluate(p)) {
                evaluated[count++] = p;
                best = best < 0 || compare(p, best) < 0 ? p : best;
            }
        }
        for (int i = 0; i < count; i++) {
            if (evaluated[i] != best) {
                heap.add(evaluated[i]);
            }
        }
        return best;
    }

    /**
     * Sets num/den of the project to its current largest payment, the level t at which
     * supporters paying min(money, t) together cover the cost; false if they cannot. The gathering
     * pass already sets apart those below an equal share, the first step of {@link WaterLevel}.
     */
    private boolean evaluate(int p) {
        int[] voters = approvers[p];
        long cost = costFine[p];
        long partialBelow = WaterLevel.ceilDiv(cost, voters.length);
        long total = 0;
        long partial = 0;
        int below = 0;
        int above = voters.length;
        for (int v : voters) {
            long money = budget[v];
            total += money;
            // Branch-free: write both ends and keep the right one; mixed accounts mispredict branches.
            scratch[below] = money;
            scratch[above - 1] = money;
            boolean pays = money < partialBelow;
            partial += pays ? money : 0;
            below += pays ? 1 : 0;
            above -= pays ? 0 : 1;
        }
        if (total < cost) {
            return false;
        }
        if (below == 0) {
            num[p] = cost;
            den[p] = voters.length;
        } else {
            WaterLevel.solve(scratch, below, voters.length, cost, partial, num, den, p);
        }
        return true;
    }

    private void charge(int p) {
        long payment = num[p] / den[p];
        long partialBelow = WaterLevel.ceilDiv(num[p], den[p]);
        for (int v : approvers[p]) {
            budget[v] = budget[v] < partialBelow ? 0 : budget[v] - payment;
        }
    }

    /** Lower rho first; then lower cost, more supporters, file order. */
    private int compare(int a, int b) {
        int byRho = compareRho(a, b);
        if (byRho != 0) {
            return byRho;
        }
        if (costUnits[a] != costUnits[b]) {
            return Long.compare(costUnits[a], costUnits[b]);
        }
        if (approvers[a].length != approvers[b].length) {
            return Integer.compare(approvers[b].length, approvers[a].length);
        }
        return Integer.compare(a, b);
    }

    private int compareRho(int a, int b) {
        return Int128.compareProducts(num[a], den[b] * costUnits[b], num[b], den[a] * costUnits[a]);
    }
}
