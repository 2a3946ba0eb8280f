package org.civitas.panel.sortition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One panel of the LEXIMIN lottery and its chance of being drawn, in whole billionths (the billionths of
 * all panels add up to exactly 1,000,000,000, which is what the draw uses). The panel is given by its
 * composition: for each feature vector (features in the order of {@link Pool#categories()}), how many
 * seats go to volunteers who have it; the draw picks those volunteers uniformly among them.
 */
public record PanelShare(long billionths, Map<List<String>, Integer> seats) {

    public PanelShare {
        seats = Collections.unmodifiableMap(new LinkedHashMap<>(seats));
    }

    public double probability() {
        return billionths / 1e9;
    }
}
