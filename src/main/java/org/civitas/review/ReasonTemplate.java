package org.civitas.review;

/**
 * The reasons a reviewer chooses from; each is translated (UI {@code review.reason.*}, mails
 * {@code mail.reason.*}), so the author reads it in their language, next to the reviewer's own words.
 */
public enum ReasonTemplate {
    MEETS_ALL_CONDITIONS(true),
    NOT_CITY_COMPETENCE(false),
    LAND_NOT_CITY_OWNED(false),
    AGAINST_CITY_PLANS(false),
    NOT_FEASIBLE(false),
    COST_UNREALISTIC(false),
    OUTSIDE_COST_LIMITS(false),
    NOT_PUBLICLY_AVAILABLE(false),
    AGAINST_THE_LAW(false);

    private final boolean positive;

    ReasonTemplate(boolean positive) {
        this.positive = positive;
    }

    public boolean positive() {
        return positive;
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }
}
