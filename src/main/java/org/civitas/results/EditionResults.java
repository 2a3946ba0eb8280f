package org.civitas.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An edition's count per pool, the city-wide pool first; {@code publishedAt} null for an official's preview. */
public record EditionResults(long editionId, String editionName, Instant publishedAt, List<PoolResult> pools) {

    public EditionResults {
        pools = List.copyOf(pools);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public Optional<PoolResult> pool(long poolId) {
        return pools.stream().filter(p -> p.poolId() == poolId).findFirst();
    }
}
