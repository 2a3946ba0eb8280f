package org.civitas.proposal;

import java.math.BigDecimal;
import java.time.Instant;

/** A submitted proposal as the city's reviewers see it in their queue. */
public record ProposalUnderReview(long id, long editionId, String title, long poolId, long categoryId,
        BigDecimal totalCost, ProposalStatus status, Instant submittedAt, long authorId) {
}
