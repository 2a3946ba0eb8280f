package org.civitas.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.civitas.proposal.ProposalStatus;

/** A line of the review queue. */
public record ReviewRow(long proposalId, String title, long poolId, long categoryId, BigDecimal cost,
        ProposalStatus status, Instant submittedAt, Long unitId, Long assigneeId, String assigneeName,
        LocalDate changesUntil) {
}
