package org.civitas.voting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One pool's part of a ballot: its money and the projects on the final list. */
public record PoolBallot(long poolId, Long districtId, BigDecimal amount, List<BallotProject> projects) {

    public PoolBallot {
        projects = List.copyOf(projects);
    }

    public boolean cityWide() {
        return districtId == null;
    }

    public Optional<BallotProject> project(long proposalId) {
        return projects.stream().filter(p -> p.id() == proposalId).findFirst();
    }
}
