package org.civitas.tally;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The counting rules, named as pabulib names them. */
public enum Rule {
    /** By score (else votes), fund each project that still fits; skip one that does not. */
    GREEDY("greedy"),
    /** As {@link #GREEDY}, never funding a project below {@code min_project_score_threshold}. */
    GREEDY_THRESHOLD("greedy-threshold"),
    /** As {@link #GREEDY}, but stop at the first project that does not fit. */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /** Poznań: stop at the first project that does not fit, funding it if 80% of its cost is left. */
    GREEDY_CUSTOM("greedy-custom"),
    /** Method of Equal Shares with cost utilities and the add-one completion. */
    EQUAL_SHARES("equalshares/add1", "equal-shares"),
    /** As {@link #EQUAL_SHARES}, then greedy stands if more voters prefer its outcome. */
    EQUAL_SHARES_COMPARISON("equalshares/add1-comparison");

    private final String pabulibName;
    private final String alias;

    Rule(String pabulibName) {
        this(pabulibName, pabulibName);
    }

    Rule(String pabulibName, String alias) {
        this.pabulibName = pabulibName;
        this.alias = alias;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** The rule with this pabulib name or alias ({@code equal-shares}). */
    public static Optional<Rule> byName(String name) {
        return Arrays.stream(values())
                .filter(r -> r.pabulibName.equals(name) || r.alias.equals(name))
                .findFirst();
    }

    /** All accepted names, for usage and error messages. */
    public static String names() {
        return Arrays.stream(values())
                .flatMap(r -> Stream.of(r.pabulibName, r.alias).distinct())
                .collect(Collectors.joining(", "));
    }
}
