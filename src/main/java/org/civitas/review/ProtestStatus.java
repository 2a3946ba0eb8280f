package org.civitas.review;

public enum ProtestStatus {
    FILED, HEARING_SCHEDULED, UPHELD, DISMISSED;

    public boolean settled() {
        return this == UPHELD || this == DISMISSED;
    }

    public String translationKey() {
        return "review.protest.status." + name().toLowerCase();
    }
}
