package org.civitas.tally;

import org.civitas.tally.internal.Counting;

/** Counts a pool's vote by a rule. */
public final class Tally {
    private Tally() {
    }

    /**
     * Counts the election by the given rule.
     *
     * @throws IllegalArgumentException if the rule needs what the election lacks (greedy-threshold
     *                                  without a threshold), a ballot names an unknown project, or
     *                                  amounts are too large to count exactly
     */
    public static TallyResult count(Election election, Rule rule) {
        return Counting.count(election, rule);
    }

    /**
     * Counts the election by its own META {@code rule}.
     *
     * @throws IllegalArgumentException if it has no rule, or one this library does not count
     */
    public static TallyResult count(Election election) {
        String name = election.rule()
                .orElseThrow(() -> new IllegalArgumentException("the election names no rule in META"));
        Rule rule = Rule.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "the rule \"" + name + "\" is not one this library counts (" + Rule.names() + ")"));
        return count(election, rule);
    }
}
