package org.civitas.panel.sortition;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A stratification question (gender, age band, district, ...) with the quota of each answer. */
public record Category(String name, List<FeatureQuota> features) {

    public Category {
        Objects.requireNonNull(name, "name");
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new InvalidInputException("Category '" + name + "' has no features.");
        }
        Set<String> seen = new HashSet<>();
        for (FeatureQuota quota : features) {
            if (!seen.add(quota.feature())) {
                throw new InvalidInputException("Category '" + name + "' lists feature '" + quota.feature()
                        + "' twice.");
            }
        }
    }

    public Optional<FeatureQuota> feature(String value) {
        return features.stream().filter(quota -> quota.feature().equals(value)).findFirst();
    }

    /** Index of the feature in {@link #features()}, or -1 when the value is not one of them. */
    int indexOf(String value) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).feature().equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
