package org.civitas.panel.sortition;

import java.util.Map;
import java.util.Objects;

/**
 * A respondent: its identifier, its 1-based data row in the respondents file, and its answer to each
 * category (category name to feature). Other columns of the file are not kept: they never affect the draw.
 */
public record Volunteer(String id, int row, Map<String, String> features) {

    public Volunteer {
        Objects.requireNonNull(id, "id");
        features = Map.copyOf(features);
    }

    /** This volunteer's feature for the category, or null when the category is unknown. */
    public String feature(String category) {
        return features.get(category);
    }
}
