package org.civitas.panel;

import java.time.Instant;
import java.util.List;

/** Voting on a recommendation opened until {@code closesAt}; the voting members hear of it. */
public record RecommendationVoteOpened(long panelId, long recommendationId, String title, Instant closesAt,
        List<Long> accountIds) {

    public RecommendationVoteOpened {
        accountIds = List.copyOf(accountIds);
    }
}
