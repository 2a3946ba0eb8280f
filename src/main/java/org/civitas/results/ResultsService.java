package org.civitas.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.results.internal.BallotsFile;
import org.civitas.results.internal.PoolCounts;
import org.civitas.results.internal.ResultsStore;
import org.civitas.shared.Language;
import org.civitas.tally.Rule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The count of an edition: officials preview it per pool (with what Equal Shares would fund) once the vote has
 * closed, then publish it, once; from then on anyone reads the stored results.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    private final EditionService editions;
    private final PoolCounts counts;
    private final ResultsStore store;
    private final ResultsEvents events;
    private final BallotsFile ballotsFile;

    ResultsService(EditionService editions, PoolCounts counts, ResultsStore store, ResultsEvents events,
            BallotsFile ballotsFile) {
        this.editions = editions;
        this.counts = counts;
        this.store = store;
        this.events = events;
        this.ballotsFile = ballotsFile;
    }

    /**
     * Every pool counted by the official rule, as publishing would store it.
     *
     * @throws org.civitas.voting.VoteNotClosedException before the vote has closed
     */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public EditionResults preview(long editionId, Language reader) {
        EditionDetails edition = editions.details(editionId);
        return new EditionResults(editionId, edition.name().in(reader), store.publishedAt(editionId).orElse(null),
                count(edition, official(edition), reader));
    }

    /**
     * The pool by the edition's rule and, side by side, by the other one: the Method of Equal Shares for an edition
     * counted by points, counting by points for one counted by Equal Shares.
     */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public PoolSimulation simulateEqualShares(long editionId, long poolId, Language reader) {
        EditionDetails edition = editions.details(editionId);
        PoolSummary pool = pool(edition, poolId);
        Rule official = official(edition);
        Rule other = official == Rule.EQUAL_SHARES ? PoolCounts.rule(CountingRule.POINTS) : Rule.EQUAL_SHARES;
        return new PoolSimulation(counts.count(edition, pool, official, reader),
                counts.count(edition, pool, other, reader));
    }

    /**
     * Counts every pool, stores the outcome and announces it; an edition is published once only.
     *
     * @throws ResultsRuleException when the results are already published
     */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    @Transactional
    public EditionResults publish(long editionId) {
        EditionDetails edition = editions.details(editionId);
        if (store.publishedAt(editionId).isPresent()) {
            throw new ResultsRuleException("results.error.published");
        }
        List<PoolResult> pools = count(edition, official(edition), Language.DEFAULT);
        Instant at = events.now();
        try {
            store.publish(editionId, at, SecurityContextHolder.getContext().getAuthentication().getName());
        } catch (DuplicateKeyException e) {
            throw new ResultsRuleException("results.error.published");
        }
        pools.forEach(p -> store.save(editionId, p));
        events.published(editionId, pools);
        return new EditionResults(editionId, edition.name().in(Language.DEFAULT), at, pools);
    }

    /** The published results, for anyone; empty until they are published. */
    public Optional<EditionResults> published(long editionId, Language reader) {
        return store.publishedAt(editionId).map(at -> {
            EditionDetails edition = editions.details(editionId);
            Map<Long, Long> districts = new HashMap<>();
            edition.pools().forEach(p -> districts.put(p.id(), p.districtId()));
            List<PoolResult> stored = store.pools(editionId, districts,
                    poolId -> counts.titles(editionId, poolId, reader));
            List<PoolResult> ordered = new ArrayList<>();
            edition.pools().forEach(p -> stored.stream().filter(s -> s.poolId() == p.id()).forEach(ordered::add));
            return new EditionResults(editionId, edition.name().in(reader), at, ordered);
        });
    }

    /** Editions with published results, the latest first. */
    public List<PublishedEdition> publishedEditions(Language reader) {
        return store.publications().stream().map(e -> new PublishedEdition(e.getKey(),
                editions.details(e.getKey()).name().in(reader), e.getValue())).toList();
    }

    /**
     * The pool's anonymised ballots as pabulib text, projects in counting order and the official rule in META, so
     * that counting the file gives the published result; META also names the edition, the district and the voting
     * days.
     *
     * @throws java.util.NoSuchElementException          for an unknown edition or a pool of another edition
     * @throws org.civitas.voting.VoteNotClosedException before the vote has closed
     */
    public String ballotsFile(long editionId, long poolId) {
        EditionDetails edition = editions.details(editionId);
        return ballotsFile.text(edition, pool(edition, poolId), official(edition));
    }

    private static Rule official(EditionDetails edition) {
        return PoolCounts.rule(edition.countingRule());
    }

    private List<PoolResult> count(EditionDetails edition, Rule rule, Language reader) {
        return edition.pools().stream().map(p -> counts.count(edition, p, rule, reader)).toList();
    }

    private static PoolSummary pool(EditionDetails edition, long poolId) {
        return edition.pools().stream().filter(p -> p.id() == poolId).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No pool " + poolId));
    }
}
