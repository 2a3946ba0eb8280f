package org.civitas.panel;

import java.util.List;

/** A recommendation's vote closed; the panel's people and followers (account ids at that moment) hear the result. */
public record RecommendationDecided(long panelId, long recommendationId, String title, boolean passed, int support,
        int oppose, int abstain, int thresholdPercent, List<Long> accountIds) {

    public RecommendationDecided {
        accountIds = List.copyOf(accountIds);
    }
}
