package org.civitas.review;

import org.civitas.proposal.ProposalStatus;

/** The queue's filters; null means any. {@code assigneeId} 0 means "nobody yet". */
public record ReviewFilter(Long poolId, Long categoryId, Long unitId, Long assigneeId, ProposalStatus status) {

    public static final ReviewFilter ANY = new ReviewFilter(null, null, null, null, null);
}
