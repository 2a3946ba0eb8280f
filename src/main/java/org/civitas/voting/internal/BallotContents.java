package org.civitas.voting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Language;
import org.civitas.voting.BallotPaper;
import org.civitas.voting.BallotProject;
import org.civitas.voting.PoolBallot;
import org.civitas.voting.VotingRuleException;
import org.springframework.stereotype.Component;

/**
 * The final list as ballots show it, per edition and language. The list cannot change while the vote is open
 * (withdrawals end before it), so a copy a few seconds old is exact and spares the catalogue a query per ballot.
 */
@Component
public class BallotContents {

    private static final Duration FRESH = Duration.ofSeconds(20);
    private static final int MAX_PROJECTS = 5000;
    private final EditionService editions;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    BallotContents(EditionService editions, CatalogueService catalogue, Clock clock) {
        this.editions = editions;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public EditionDetails edition(long editionId, Language reader) {
        return load(editionId, reader).edition();
    }

    /**
     * The ballot of a voter living in the district: the city-wide pool and the district's.
     *
     * @throws VotingRuleException when the edition has no pool for the district
     */
    public BallotPaper paper(long editionId, long districtId, Language reader) {
        Loaded loaded = load(editionId, reader);
        EditionDetails edition = loaded.edition();
        PoolSummary city = edition.pools().stream().filter(PoolSummary::cityWide).findFirst()
                .orElseThrow(() -> new VotingRuleException("voting.error.no-district"));
        PoolSummary district = edition.pools().stream().filter(p -> Long.valueOf(districtId).equals(p.districtId()))
                .findFirst().orElseThrow(() -> new VotingRuleException("voting.error.no-district"));
        return new BallotPaper(editionId, edition.ballotRule(), pool(city, loaded), pool(district, loaded));
    }

    /** One pool's part of the ballot, for a paper card. */
    public PoolBallot pool(long editionId, long poolId, Language reader) {
        Loaded loaded = load(editionId, reader);
        PoolSummary pool = loaded.edition().pools().stream().filter(p -> p.id() == poolId).findFirst()
                .orElseThrow(() -> new VotingRuleException("voting.error.other-pool"));
        return pool(pool, loaded);
    }

    private static PoolBallot pool(PoolSummary pool, Loaded loaded) {
        return new PoolBallot(pool.id(), pool.districtId(), pool.amount(),
                loaded.byPool().getOrDefault(pool.id(), List.of()));
    }

    private Loaded load(long editionId, Language reader) {
        String key = editionId + ":" + reader;
        Instant now = clock.instant();
        Loaded loaded = cache.get(key);
        if (loaded == null || loaded.at().plus(FRESH).isBefore(now) || loaded.at().isAfter(now)) {
            loaded = fetch(editionId, reader, now);
            cache.put(key, loaded);
        }
        return loaded;
    }

    private Loaded fetch(long editionId, Language reader, Instant now) {
        EditionDetails edition = editions.details(editionId);
        var query = new CatalogueQuery(editionId, "", null, null, ProposalStatus.ON_BALLOT, null,
                CatalogueQuery.Order.NEWEST, reader);
        // ballots list projects by title, as Kraków's paper ballots do, so no project gains from its place
        Map<Long, List<BallotProject>> byPool = catalogue.search(query, 0, MAX_PROJECTS).stream()
                .map(c -> new BallotProject(c.id(), c.poolId(), c.title(), c.summary(), c.totalCost(), c.shownIn(),
                        c.thumbnailId()))
                .sorted(Comparator.comparing(BallotProject::title, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.groupingBy(BallotProject::poolId));
        return new Loaded(now, edition, byPool);
    }

    private record Loaded(Instant at, EditionDetails edition, Map<Long, List<BallotProject>> byPool) {
    }
}
