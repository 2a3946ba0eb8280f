package org.civitas.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pool's count: its money, the rule (a pabulib rule name), the valid ballots, the money left after the
 * funded projects, and every project in counting order.
 */
public record PoolResult(long poolId, Long districtId, String rule, BigDecimal amount, BigDecimal moneyLeft,
        int ballots, List<ProjectResult> projects) {

    public PoolResult {
        projects = List.copyOf(projects);
    }

    public boolean cityWide() {
        return districtId == null;
    }

    public boolean equalShares() {
        return rule.startsWith("equalshares");
    }

    public List<ProjectResult> funded() {
        return projects.stream().filter(p -> p.outcome().funded()).toList();
    }
}
