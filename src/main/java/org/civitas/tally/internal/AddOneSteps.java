package org.civitas.tally.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the next few add-one steps at once, one per core, so that a large election's loop takes
 * fewer rounds of waiting. The steps are independent runs, and the caller reads them in order, so
 * the outcome is the same as one step at a time; at most a few runs past the end are wasted.
 */
final class AddOneSteps implements AutoCloseable {
    /** Below this many approvals a run takes microseconds, and threads would cost more than they save. */
    private static final long APPROVALS_WORTH_THREADS = 100_000;

    private final EqualSharesRun[] lanes;
    private final ExecutorService pool;

    AddOneSteps(Supplier<EqualSharesRun> newRun, long approvals) {
        int cores = approvals < APPROVALS_WORTH_THREADS ? 1
                : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.lanes = new EqualSharesRun[cores];
        for (int i = 0; i < cores; i++) {
            lanes[i] = newRun.get();
        }
        this.pool = cores == 1 ? null : Executors.newFixedThreadPool(cores - 1, task -> {
            var thread = new Thread(task, "equal-shares-step");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The run that the caller may use alone, e.g. to explain the kept outcome. */
    EqualSharesRun first() {
        return lanes[0];
    }

    /** The outcomes with m + 1, m + 2, ... currency units per voter, one per lane, in that order. */
    int[][] next(long moneyPerVoter) {
        var others = new ArrayList<Future<int[]>>();
        for (int i = 1; i < lanes.length; i++) {
            EqualSharesRun lane = lanes[i];
            long money = moneyPerVoter + i + 1;
            others.add(pool.submit(() -> outcome(lane, money)));
        }
        int[][] outcomes = new int[lanes.length][];
        outcomes[0] = outcome(lanes[0], moneyPerVoter + 1);
        for (int i = 1; i < lanes.length; i++) {
            outcomes[i] = join(others.get(i - 1));
        }
        return outcomes;
    }

    static int[] outcome(EqualSharesRun run, long moneyPerVoter) {
        run.run(moneyPerVoter);
        return Arrays.copyOf(run.bought, run.boughtCount);
    }

    private static int[] join(Future<int[]> step) {
        try {
            return step.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("an Equal Shares step failed", failed.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
