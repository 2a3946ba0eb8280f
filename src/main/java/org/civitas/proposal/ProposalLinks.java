package org.civitas.proposal;

import java.util.Optional;

/**
 * Another module's page about a proposal (its implementation once funded, say), linked from the proposal's page.
 * The other module implements this, so the proposal module needs to know nothing of it.
 */
public interface ProposalLinks {

    /** The link to show on the proposal's page, if this module has a page about the proposal. */
    Optional<Link> linkFor(long proposalId);

    /** @param path a route of Civitas, e.g. {@code implementation/12}; {@code translationKey} names the link */
    record Link(String id, String translationKey, String path) {
    }
}
