package org.civitas.panel;

/** How many volunteers of the pool have a feature, beside its quota of seats. */
public record FeatureCount(String category, String feature, int min, int max, long volunteers) {
}
