package org.civitas.proposal;

/** Where a proposal stands, from draft through supports and the city's review. */
public enum ProposalStatus {
    /** Being written; only its authors see it. */
    DRAFT,
    /** Submitted; collecting supporters until its deadline. */
    COLLECTING_SUPPORT,
    /** Reached its supporters in time; waits for the city's review. */
    IN_VERIFICATION,
    /** The reviewer asked the author for changes, by a deadline; the author edits and resubmits. */
    CHANGES_REQUESTED,
    /** The city verified it positively. */
    VERIFIED,
    /** The city decided against it, with a reason; its author may protest. */
    REJECTED,
    /** On the final list: goes to the vote. */
    ON_BALLOT,
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
