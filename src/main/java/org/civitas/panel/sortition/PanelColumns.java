package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The distinct panels (seats per type) found so far, in the order they were found. */
final class PanelColumns {

    private final List<int[]> panels = new ArrayList<>();
    // Only asked for membership, never iterated, so its hash order cannot leak into the result.
    private final Set<List<Integer>> seen = new HashSet<>();

    /** Adds the panel unless it is already known; tells whether it was new. */
    boolean add(int[] seats) {
        if (!seen.add(Arrays.stream(seats).boxed().toList())) {
            return false;
        }
        panels.add(seats.clone());
        return true;
    }

    int size() {
        return panels.size();
    }

    List<int[]> all() {
        return List.copyOf(panels);
    }
}
