package org.civitas.voting;

import java.util.List;
import java.util.Map;

/** How many voted: people by channel and age band, and ballots per pool (valid and invalid). Counts only. */
public record Turnout(long editionId, boolean closed, Map<Channel, Integer> voters, Map<AgeBand, Integer> ageBands,
        List<PoolTurnout> pools) {

    public int totalVoters() {
        return voters.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One pool: {@code districtId} null for the city-wide pool. */
    public record PoolTurnout(long poolId, Long districtId, int valid, int invalid) {

        /** The people who voted in the pool: a voter has one ballot per pool, valid or not. */
        public int cast() {
            return valid + invalid;
        }
    }
}
