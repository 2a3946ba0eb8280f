package org.civitas.results.implementation.internal;

import java.util.Optional;

import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalPage;
import org.civitas.results.implementation.ImplementationPage;
import org.civitas.shared.Language;
import org.springframework.stereotype.Component;

/** Builds a funded project's public page: its state, its proposal's words in the reader's language, its timeline. */
@Component
public class ProjectPages {

    private final ImplementationRepository implementations;
    private final UpdateEntryRepository entries;
    private final FollowerRepository followers;
    private final CatalogueService catalogue;

    ProjectPages(ImplementationRepository implementations, UpdateEntryRepository entries, FollowerRepository followers,
            CatalogueService catalogue) {
        this.implementations = implementations;
        this.entries = entries;
        this.followers = followers;
        this.catalogue = catalogue;
    }

    public Optional<ImplementationPage> page(long proposalId, Language reader) {
        return implementations.findById(proposalId).map(project -> {
            Optional<ProposalPage> proposal = catalogue.page(proposalId, reader);
            return new ImplementationPage(project.summary(),
                    proposal.map(ProposalPage::title).orElse(project.getTitle()),
                    proposal.map(ProposalPage::summary).orElse(""), project.getCancelReason(),
                    entries.findByProposalIdOrderByIdDesc(proposalId).stream().map(UpdateEntry::entry).toList(),
                    (int) followers.countByProposalId(proposalId));
        });
    }
}
