package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import org.civitas.tally.EqualSharesSummary;
import org.civitas.tally.ProjectOutcome;
import org.civitas.tally.ProjectOutcome.EqualSharesPrice;
import org.civitas.tally.ProjectOutcome.Status;

/**
 * The Method of Equal Shares with the add-one completion: each voter's account starts with the
 * budget divided equally, rounded down to a whole currency unit; while the outcome still fits the
 * real budget, every account gets one unit more and the count reruns. The last outcome that fits
 * stands (an outcome that is already exhaustive does not stop the loop).
 *
 * <p>The number of steps is about the unspent money divided by the number of voters, while a run
 * costs about the number of approvals: many voters make runs slower but steps fewer. Large
 * elections run several steps at once on the machine's cores ({@link AddOneSteps}).
 */
final class EqualSharesCount {
    /** Explanations show money to the cent at least. */
    private static final int SHOWN_SCALE = 2;
    /** The share of a cost covered, to a hundredth of a percent. */
    private static final int COVERED_SCALE = 4;

    private final CountInput in;
    private final boolean[] candidate;
    private final int candidateCount;
    private final int[][] approvers;
    private EqualSharesRun run;
    private int[] kept;
    private long moneyPerVoter;
    private int steps;

    EqualSharesCount(CountInput in) {
        this.in = in;
        this.approvers = in.approvers();
        this.candidate = new boolean[in.projectCount];
        int candidates = 0;
        for (int p = 0; p < in.projectCount; p++) {
            candidate[p] = !in.withdrawn[p] && approvers[p].length > 0;
            candidates += candidate[p] ? 1 : 0;
        }
        this.candidateCount = candidates;
    }

    Counted count() {
        if (in.voterCount() == 0) {
            run = newRun();
            return outcomes(new int[0]);
        }
        // The budget divided equally, rounded down to a whole currency unit.
        moneyPerVoter = in.money(in.budget).divideToIntegralValue(BigDecimal.valueOf(in.voterCount())).longValueExact();
        long approvals = Arrays.stream(approvers).mapToLong(a -> a.length).sum();
        try (var addOne = new AddOneSteps(this::newRun, approvals)) {
            run = addOne.first();
            kept = AddOneSteps.outcome(run, moneyPerVoter);
            boolean going = kept.length < candidateCount;
            while (going) {
                going = takeSteps(addOne.next(moneyPerVoter));
            }
            // Later runs overwrote the accounts that the outcomes explain.
            AddOneSteps.outcome(run, moneyPerVoter);
            return outcomes(kept);
        }
    }

    /**
     * Takes the steps' outcomes in order while they fit the budget. False when the count ends: an
     * outcome did not fit, or one funds every candidate (more money cannot change that).
     */
    private boolean takeSteps(int[][] outcomes) {
        for (int[] next : outcomes) {
            if (in.costOf(next) > in.budget) {
                return false;
            }
            kept = next;
            moneyPerVoter++;
            steps++;
            if (kept.length == candidateCount) {
                return false;
            }
        }
        return true;
    }

    EqualSharesSummary summary(EqualSharesSummary.Comparison comparison) {
        return new EqualSharesSummary(BigDecimal.valueOf(moneyPerVoter), steps, comparison);
    }

    private EqualSharesRun newRun() {
        return new EqualSharesRun(approvers, in.cost, in.scale, candidate, in.voterCount());
    }

    private Counted outcomes(int[] bought) {
        var outcomes = new ProjectOutcome[in.projectCount];
        for (int p = 0; p < in.projectCount; p++) {
            if (in.withdrawn[p]) {
                outcomes[p] = new ProjectOutcome(in.id(p), Status.WITHDRAWN, 0, null, null);
                continue;
            }
            // a project nobody approved is no candidate, and a count without voters never ran
            long money = candidate[p] ? run.supportersMoney(p) : 0;
            outcomes[p] = new ProjectOutcome(in.id(p), Status.NOT_ENOUGH_SUPPORT, 0,
                    candidate[p] ? shown(money) : BigDecimal.ZERO, null, covered(p, money));
        }
        for (int rank = 1; rank <= bought.length; rank++) {
            int p = bought[rank - 1];
            outcomes[p] = new ProjectOutcome(in.id(p), Status.FUNDED, rank, null, price(p));
        }
        return new Counted(bought, outcomes);
    }

    private EqualSharesPrice price(int p) {
        long num = run.priceNum(p);
        long den = run.priceDen(p);
        FineMoney fine = run.fine;
        BigDecimal maxPayment = BigDecimal.valueOf(num)
                .divide(BigDecimal.valueOf(den).multiply(BigDecimal.valueOf(fine.perCurrencyUnit())),
                        Math.max(SHOWN_SCALE, in.scale), RoundingMode.HALF_UP);
        BigDecimal support = num == 0
                ? BigDecimal.valueOf(approvers[p].length)
                : BigDecimal.valueOf(fine.fromUnits(in.cost[p])).multiply(BigDecimal.valueOf(den))
                        .divide(BigDecimal.valueOf(num), SHOWN_SCALE, RoundingMode.HALF_UP);
        return new EqualSharesPrice(maxPayment, support);
    }

    /**
     * The effective support of a project left unfunded: the share of its cost its supporters' money covers at the
     * end of the kept run. The run ends when no project is affordable, and money only shrinks, so the share is
     * below 1 for every such project; rounding down keeps it so. This state, not the round in which the project
     * dropped out, is what the published accounts show, and no extra run is needed to compute it.
     */
    private BigDecimal covered(int p, long supportersFineMoney) {
        if (supportersFineMoney == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(supportersFineMoney)
                .divide(BigDecimal.valueOf(run.fine.fromUnits(in.cost[p])), COVERED_SCALE, RoundingMode.DOWN);
    }

    private BigDecimal shown(long fineMoney) {
        return run.fine.toCurrency(fineMoney).setScale(Math.max(SHOWN_SCALE, in.scale), RoundingMode.DOWN);
    }
}
