package org.civitas.results.implementation.internal;

import java.time.Clock;

import org.civitas.identity.Contact;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalAuthors;
import org.civitas.results.ResultsPublished;
import org.civitas.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an implementation record for each funded project when the results are published, its authors and
 * accepted co-authors following it. Idempotent: a publication delivered again finds the records and adds nothing.
 */
@Component
class ImplementationTracker {

    private static final Logger log = LoggerFactory.getLogger(ImplementationTracker.class);

    private final ImplementationRepository implementations;
    private final FollowerRepository followers;
    private final ProposalAuthors authors;
    private final CatalogueService catalogue;
    private final Clock clock;

    ImplementationTracker(ImplementationRepository implementations, FollowerRepository followers,
            ProposalAuthors authors, CatalogueService catalogue, Clock clock) {
        this.implementations = implementations;
        this.followers = followers;
        this.authors = authors;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResultsPublished event) {
        int opened = 0;
        for (long proposalId : event.funded()) {
            if (!implementations.existsById(proposalId)) {
                open(event.editionId(), proposalId);
                opened++;
            }
        }
        log.info("Edition {}: {} funded projects tracked from now on", event.editionId(), opened);
    }

    private void open(long editionId, long proposalId) {
        var written = authors.of(proposalId).orElseThrow();
        Long poolId = catalogue.page(proposalId, Language.DEFAULT).map(p -> p.poolId()).orElse(null);
        implementations.save(new Implementation(proposalId, editionId, poolId, written.title(), clock.instant()));
        written.contacts().stream().map(Contact::accountId).distinct()
                .forEach(account -> followers.save(new Follower(proposalId, account)));
    }
}
