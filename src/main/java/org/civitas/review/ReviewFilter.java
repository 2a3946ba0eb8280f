package org.civitas.review;

import java.time.LocalDate;

import org.civitas.proposal.ProposalStatus;

/**
 * The queue's filters; null means any. {@code assigneeId} 0 means "nobody yet"; {@code dueBy} keeps the
 * proposals whose requested changes are due on or before that day.
 */
public record ReviewFilter(Long poolId, Long categoryId, Long unitId, Long assigneeId, ProposalStatus status,
        LocalDate dueBy) {

    public static final ReviewFilter ANY = new ReviewFilter(null, null, null, null, null, null);

    public ReviewFilter(Long poolId, Long categoryId, Long unitId, Long assigneeId, ProposalStatus status) {
        this(poolId, categoryId, unitId, assigneeId, status, null);
    }
}
