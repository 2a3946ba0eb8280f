package org.civitas.panel.sortition;

import java.util.Objects;

/** One value of a category and how many panel seats it must get, within [min, max]. */
public record FeatureQuota(String feature, int min, int max) {

    public FeatureQuota {
        Objects.requireNonNull(feature, "feature");
        if (min < 0 || max < min) {
            throw new InvalidInputException("Feature '" + feature + "' has quota [" + min + ", " + max
                    + "]; a quota needs 0 <= min <= max.");
        }
    }
}
