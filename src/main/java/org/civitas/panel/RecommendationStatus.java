package org.civitas.panel;

/** A recommendation is drafted and amended, then voted within a window, then passed or not. */
public enum RecommendationStatus {
    DRAFT, VOTING, PASSED, NOT_PASSED;

    public String key() {
        return "panel.recommendation.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
