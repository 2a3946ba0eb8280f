package org.civitas.budget;

import java.util.List;
import java.util.Optional;

/**
 * Everything that configures an edition; phases in their order, the city-wide pool first.
 *
 * @param minPoints counting by points ({@link CountingRule#POINTS}), the fewest points a funded project has
 */
public record EditionDetails(long id, LocalizedName name, List<PhaseDates> phases, List<PoolSummary> pools,
        List<CategorySummary> categories, BallotRule ballotRule, Integer minAgeToSubmit, Integer minAgeToVote,
        SupportRequirement support, CountingRule countingRule, int minPoints) {

    public Optional<PhaseDates> phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst();
    }
}
