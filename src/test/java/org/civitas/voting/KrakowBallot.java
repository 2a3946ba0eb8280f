package org.civitas.voting;

import java.util.List;

import org.civitas.budget.PoolSummary;

/** A valid Kraków-points ballot for tests: three city-wide and three district projects, ranked 3, 2, 1. */
public final class KrakowBallot {

    private KrakowBallot() {
    }

    public static List<BallotChoice> of(PoolSummary city, List<Long> cityProjects, PoolSummary district,
            List<Long> districtProjects) {
        return List.of(new BallotChoice(city.id(), cityProjects.get(0), 3),
                new BallotChoice(city.id(), cityProjects.get(1), 2), new BallotChoice(city.id(), cityProjects.get(2), 1),
                new BallotChoice(district.id(), districtProjects.get(0), 3),
                new BallotChoice(district.id(), districtProjects.get(1), 2),
                new BallotChoice(district.id(), districtProjects.get(2), 1));
    }
}
