package org.civitas.proposal;

/** A proposal that might duplicate the one being written. */
public record SimilarProposal(long id, String title, ProposalStatus status) {
}
