package org.civitas.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.civitas.proposal.ProposalUnderReview;

/** Everything about one proposal's review, internal notes included: for officials only. */
public record ReviewDetails(ProposalUnderReview proposal, Long unitId, Long assigneeId, Checklist checklist,
        BigDecimal correctedCost, String costExplanation, String changesRequested, LocalDate changesUntil,
        Boolean positive, ReasonTemplate reason, String reasonText, List<ReviewNoteSummary> notes,
        boolean reviewerIsAuthor) {
}
