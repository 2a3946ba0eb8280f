package org.civitas.results.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.civitas.budget.CountingRule;
import org.civitas.tally.Election;

/**
 * How a past edition imported from a pabulib file is counted here: by the counting rule of ours that reproduces the
 * file's {@code rule} (FORMAT.md §5), so its published results fund the file's official winners. A rule we cannot
 * reproduce (Warsaw's exclusions, an undocumented or city-specific rule, Equal Shares without the add-one completion
 * or with the comparison step) is counted by Kraków's rule, or by Equal Shares for an Equal Shares variant, and
 * the import says that the results may differ.
 *
 * @param name       the file's rule as written, or empty
 * @param minPoints  counting by points, the least score (else votes) a funded project needs
 * @param reproduced false when the counting rule only approximates the file's
 */
public record FileRule(String name, CountingRule counting, int minPoints, boolean reproduced) {

    /** The largest threshold an edition takes (EditionForm). */
    private static final int MOST_POINTS = 1_000_000;

    public static FileRule of(Election election) {
        String name = election.rule().orElse("").strip();
        return switch (name) {
            case "greedy" -> new FileRule(name, CountingRule.POINTS, 0, true);
            case "greedy-threshold" -> election.minProjectScoreThreshold()
                    .map(t -> new FileRule(name, CountingRule.POINTS, points(t), true))
                    .orElseGet(() -> approximated(name));
            case "greedy-no-skip" -> new FileRule(name, CountingRule.POINTS_NO_SKIP, 0, true);
            // greedy-custom is whatever the file's city did; the 80% rule is Poznań's
            case "greedy-custom" -> EditionPlan.plain(election.meta().getOrDefault("unit", "")).equals("poznan")
                    ? new FileRule(name, CountingRule.POINTS_POZNAN, 0, true) : approximated(name);
            case "equalshares/add1", "equal-shares" -> new FileRule(name, CountingRule.EQUAL_SHARES, 0, true);
            case "equalshares", "equalshares/add1-comparison" ->
                    new FileRule(name, CountingRule.EQUAL_SHARES, 0, false);
            default -> approximated(name);
        };
    }

    private static FileRule approximated(String name) {
        return new FileRule(name, CountingRule.POINTS, 1, false);
    }

    /** Scores are whole: a score reaches a threshold of 49.5 exactly when it reaches 50. */
    private static int points(BigDecimal threshold) {
        return threshold.setScale(0, RoundingMode.CEILING).max(BigDecimal.ZERO).min(BigDecimal.valueOf(MOST_POINTS))
                .intValueExact();
    }
}
