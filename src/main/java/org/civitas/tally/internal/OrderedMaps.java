package org.civitas.tally.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Immutable copies of small string maps that keep their order (Map.copyOf does not). */
public final class OrderedMaps {
    private OrderedMaps() {
    }

    public static Map<String, String> copy(Map<String, String> source) {
        if (source.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** A copy that refuses keys which have a dedicated field, so no value is stored twice. */
    public static Map<String, String> copyWithout(Map<String, String> source, Set<String> reserved,
            String owner) {
        for (var entry : source.entrySet()) {
            if (reserved.contains(entry.getKey())) {
                throw new IllegalArgumentException(owner + " has " + entry.getKey() + " among its extras");
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException(owner + " has no value for " + entry.getKey());
            }
        }
        return copy(source);
    }
}
