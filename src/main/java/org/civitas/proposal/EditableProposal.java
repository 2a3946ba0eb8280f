package org.civitas.proposal;

import java.util.List;

/** A proposal as its author edits it: what it says, where it stands, and whether it may still change. */
public record EditableProposal(long id, long editionId, ProposalStatus status, boolean editable, ProposalForm form,
        List<CoAuthorSummary> coAuthors) {
}
