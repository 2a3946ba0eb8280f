package org.civitas.proposal;

import java.time.Instant;

/** A line of "my proposals". */
public record MyProposal(long id, long editionId, String title, ProposalStatus status, Instant updatedAt,
        boolean editable) {
}
