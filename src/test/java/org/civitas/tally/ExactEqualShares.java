package org.civitas.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A slow, plain reference of Equal Shares with add-one, in exact fractions (BigInteger), written
 * straight from the rule's definition to check the fast long-arithmetic implementation against.
 */
final class ExactEqualShares {
    private final long[] cost;
    private final int[][] approvers;
    private final int voters;

    ExactEqualShares(long[] cost, int[][] approvers, int voters) {
        this.cost = cost;
        this.approvers = approvers;
        this.voters = voters;
    }

    List<Integer> count(long budget) {
        long money = budget / voters;
        List<Integer> kept = run(money);
        long candidates = Arrays.stream(approvers).filter(a -> a.length > 0).count();
        while (kept.size() < candidates) {
            List<Integer> next = run(money + 1);
            if (next.stream().mapToLong(p -> cost[p]).sum() > budget) {
                break;
            }
            kept = next;
            money++;
        }
        return kept;
    }

    private List<Integer> run(long money) {
        Q[] budget = new Q[voters];
        Arrays.fill(budget, Q.of(money));
        var bought = new ArrayList<Integer>();
        while (true) {
            int best = -1;
            Q bestRho = null;
            for (int p = 0; p < cost.length; p++) {
                Q level = bought.contains(p) ? null : level(p, budget);
                if (level == null) {
                    continue;
                }
                Q rho = level.divide(Q.of(cost[p]));
                if (best < 0 || rho.compareTo(bestRho) < 0 || rho.compareTo(bestRho) == 0 && wins(p, best)) {
                    best = p;
                    bestRho = rho;
                }
            }
            if (best < 0) {
                return bought;
            }
            Q level = level(best, budget);
            for (int v : approvers[best]) {
                budget[v] = budget[v].compareTo(level) < 0 ? Q.of(0) : budget[v].subtract(level);
            }
            bought.add(best);
        }
    }

    /** Ties: lower cost, then more approvals, then file order. */
    private boolean wins(int p, int best) {
        if (cost[p] != cost[best]) {
            return cost[p] < cost[best];
        }
        return approvers[p].length > approvers[best].length;
    }

    /** The largest payment t with sum of min(money, t) = cost, or null if unaffordable. */
    private Q level(int p, Q[] budget) {
        if (approvers[p].length == 0) {
            return null;
        }
        Q[] money = Arrays.stream(approvers[p]).mapToObj(v -> budget[v]).sorted().toArray(Q[]::new);
        Q total = Arrays.stream(money).reduce(Q.of(0), Q::add);
        if (total.compareTo(Q.of(cost[p])) < 0) {
            return null;
        }
        Q paid = Q.of(0);
        for (int i = 0; i < money.length; i++) {
            Q t = Q.of(cost[p]).subtract(paid).divide(Q.of(money.length - i));
            if (money[i].compareTo(t) >= 0) {
                return t;
            }
            paid = paid.add(money[i]);
        }
        throw new IllegalStateException("unreachable: the total covers the cost");
    }

    /** An exact fraction. */
    record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
        static Q of(long value) {
            return new Q(BigInteger.valueOf(value), BigInteger.ONE);
        }

        Q add(Q o) {
            return reduced(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Q subtract(Q o) {
            return reduced(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        Q divide(Q o) {
            return reduced(num.multiply(o.den), den.multiply(o.num));
        }

        @Override
        public int compareTo(Q o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        private static Q reduced(BigInteger num, BigInteger den) {
            BigInteger gcd = num.gcd(den);
            return gcd.signum() == 0 ? new Q(num, den) : new Q(num.divide(gcd), den.divide(gcd));
        }
    }
}
