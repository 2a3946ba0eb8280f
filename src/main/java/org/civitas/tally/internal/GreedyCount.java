package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.civitas.tally.ProjectOutcome;
import org.civitas.tally.ProjectOutcome.Status;

/** The greedy family: down the ranking, funding what fits; the variants differ at a project that does not. */
final class GreedyCount {

    enum AtMisfit {
        /** Skip it and go on: a cheaper project further down may still fit. */
        SKIP,
        /** Stop counting. */
        STOP,
        /** Poznań: fund it if at least 80% of its cost is left (reserve money adds the rest), then stop. */
        FUND_IF_80_PERCENT_LEFT_THEN_STOP
    }

    private final CountInput in;
    private final AtMisfit atMisfit;
    /** Null when no threshold applies. */
    private final BigDecimal threshold;

    GreedyCount(CountInput in, AtMisfit atMisfit, BigDecimal threshold) {
        this.in = in;
        this.atMisfit = atMisfit;
        this.threshold = threshold;
    }

    Counted count() {
        var outcomes = new ProjectOutcome[in.projectCount];
        int[] selected = new int[in.projectCount];
        int funded = 0;
        long left = in.budget;
        boolean stopped = false;
        int rank = 0;
        for (int p : ranking()) {
            rank++;
            Status status = stopped ? Status.STOPPED : decide(p, left);
            outcomes[p] = new ProjectOutcome(in.id(p), status, rank, in.money(left), null);
            if (status == Status.FUNDED || status == Status.FUNDED_FROM_RESERVE) {
                selected[funded++] = p;
                left = Math.max(0, left - in.cost[p]);
            }
            boolean misfit = status == Status.DID_NOT_FIT || status == Status.FUNDED_FROM_RESERVE;
            stopped = stopped || (misfit && atMisfit != AtMisfit.SKIP);
        }
        for (int p = 0; p < in.projectCount; p++) {
            if (in.withdrawn[p]) {
                outcomes[p] = new ProjectOutcome(in.id(p), Status.WITHDRAWN, 0, null, null);
            }
        }
        return new Counted(Arrays.copyOf(selected, funded), outcomes);
    }

    private Status decide(int p, long left) {
        if (threshold != null && BigDecimal.valueOf(in.rankKey[p]).compareTo(threshold) < 0) {
            return Status.BELOW_THRESHOLD;
        }
        if (in.cost[p] <= left) {
            return Status.FUNDED;
        }
        boolean eightyPercentLeft = Math.multiplyExact(5, left) >= Math.multiplyExact(4, in.cost[p]);
        return atMisfit == AtMisfit.FUND_IF_80_PERCENT_LEFT_THEN_STOP && eightyPercentLeft
                ? Status.FUNDED_FROM_RESERVE
                : Status.DID_NOT_FIT;
    }

    /** Projects by key, descending; the sort is stable, so ties keep the file's (official) order. */
    private int[] ranking() {
        return IntStream.range(0, in.projectCount)
                .filter(p -> !in.withdrawn[p])
                .boxed()
                .sorted(Comparator.comparingLong((Integer p) -> in.rankKey[p]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
