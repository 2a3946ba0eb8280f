package org.civitas.results.implementation.internal;

import java.util.Optional;

import org.civitas.proposal.ProposalLinks;
import org.springframework.stereotype.Component;

/** A funded proposal's page links to its implementation page. */
@Component
class ImplementationLink implements ProposalLinks {

    private final ImplementationRepository implementations;

    ImplementationLink(ImplementationRepository implementations) {
        this.implementations = implementations;
    }

    @Override
    public Optional<Link> linkFor(long proposalId) {
        return implementations.existsById(proposalId)
                ? Optional.of(new Link("proposal-implementation", "results.implementation.proposal-link",
                        "implementation/" + proposalId))
                : Optional.empty();
    }
}
