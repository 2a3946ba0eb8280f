package org.civitas.voting;

import java.util.List;

import org.civitas.budget.BallotRule;

/** What a voter of a district fills in: the edition's rule, the city-wide pool, then the district's pool. */
public record BallotPaper(long editionId, BallotRule rule, PoolBallot city, PoolBallot district) {

    public List<PoolBallot> pools() {
        return List.of(city, district);
    }
}
