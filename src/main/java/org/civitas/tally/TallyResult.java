package org.civitas.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of counting one pool by one rule.
 *
 * @param rule        the rule applied
 * @param selected    ids of the funded projects, in the order the rule selected them
 * @param outcomes    one outcome per project, in the election's project order
 * @param budget      the pool's budget
 * @param spent       the total cost of the funded projects (with Poznań's reserve-funded one, it may
 *                    exceed the budget)
 * @param equalShares for the Equal Shares rules, how the count went; otherwise null
 */
public record TallyResult(Rule rule, List<String> selected, List<ProjectOutcome> outcomes, BigDecimal budget,
        BigDecimal spent, EqualSharesSummary equalShares) {

    public TallyResult {
        Objects.requireNonNull(rule, "rule");
        selected = List.copyOf(selected);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
    }

    /** The outcome of the project with this id. */
    public ProjectOutcome outcome(String projectId) {
        return outcomes.stream().filter(o -> o.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
    }
}
