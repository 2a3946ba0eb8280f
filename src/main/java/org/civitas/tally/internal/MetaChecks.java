package org.civitas.tally.internal;

import java.util.Map;
import java.util.Optional;

import org.civitas.tally.VoteType;

/** The META entries counting relies on, checked once for the reader and for elections built in code. */
public final class MetaChecks {

    /** What is wrong, and with which key (the reader turns the key into a line number). */
    public record Problem(String key, String text) {
    }

    private MetaChecks() {
    }

    /** The first problem found, if any. */
    public static Optional<Problem> find(Map<String, String> meta) {
        String budget = meta.get(Columns.BUDGET);
        if (budget == null) {
            return problem(Columns.BUDGET, "META has no budget");
        }
        if (Numbers.decimal(budget).filter(b -> b.signum() >= 0).isEmpty()) {
            return problem(Columns.BUDGET, "the budget " + Messages.quote(budget) + " is not a number of at least 0");
        }
        String voteType = meta.get(Columns.VOTE_TYPE);
        if (voteType == null) {
            return problem(Columns.VOTE_TYPE, "META has no vote_type");
        }
        if (VoteType.byName(voteType).isEmpty()) {
            return problem(Columns.VOTE_TYPE, "the vote_type " + Messages.quote(voteType)
                    + " is not approval, ordinal, cumulative, scoring or choose-1");
        }
        String threshold = meta.get(Columns.THRESHOLD);
        if (threshold != null && Numbers.decimal(threshold).isEmpty()) {
            return problem(Columns.THRESHOLD, "the " + Columns.THRESHOLD + " " + Messages.quote(threshold)
                    + " is not a number");
        }
        return countProblem(meta, Columns.NUM_PROJECTS).or(() -> countProblem(meta, Columns.NUM_VOTES));
    }

    private static Optional<Problem> countProblem(Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null || Numbers.whole(value).orElse(-1) >= 0) {
            return Optional.empty();
        }
        return problem(key, "the " + key + " " + Messages.quote(value) + " is not a whole number");
    }

    private static Optional<Problem> problem(String key, String text) {
        return Optional.of(new Problem(key, text));
    }
}
