package org.civitas.proposal;

/** Where a proposal stands; the review issue continues the story after {@link #IN_VERIFICATION}. */
public enum ProposalStatus {
    /** Being written; only its authors see it. */
    DRAFT,
    /** Submitted; collecting supporters until its deadline. */
    COLLECTING_SUPPORT,
    /** Reached its supporters in time; waits for the city's review. */
    IN_VERIFICATION,
    /** Missed its supporters by the deadline. */
    LACKING_SUPPORT,
    WITHDRAWN,
    /** Joined into another proposal with both authors' consent. */
    MERGED;

    public String translationKey() {
        return "proposal.status." + name().toLowerCase();
    }

    /** Shown in the public catalogue: everything but drafts. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
