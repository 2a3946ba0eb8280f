package org.civitas.proposal;

/** A proposal moved from one status to another; the audit log records it, with who did it. */
public record ProposalStatusChanged(long proposalId, ProposalStatus from, ProposalStatus to) {
}
