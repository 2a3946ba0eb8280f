package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The volunteers who can be drawn, grouped by their feature vector. Volunteers of one type are
 * interchangeable for the quotas, so the solver decides how many seats each type gets and the draw
 * then picks that many of its members uniformly: fewer variables, and exactly equal chances within a
 * type. Types are numbered in order of their first member in the file, which keeps everything that
 * follows deterministic.
 */
final class VolunteerTypes {

    private final List<Category> categories;
    private final List<List<String>> features = new ArrayList<>();
    private final List<List<Volunteer>> members = new ArrayList<>();
    private final Map<String, Integer> typeById = new HashMap<>();

    private VolunteerTypes(Pool pool) {
        this.categories = pool.categories();
        Map<List<String>, List<Volunteer>> byFeatures = new LinkedHashMap<>();
        for (Volunteer volunteer : pool.eligible()) {
            List<String> key = categories.stream().map(c -> volunteer.feature(c.name())).toList();
            byFeatures.computeIfAbsent(key, k -> new ArrayList<>()).add(volunteer);
        }
        byFeatures.forEach((key, group) -> {
            for (Volunteer volunteer : group) {
                typeById.put(volunteer.id(), features.size());
            }
            features.add(key);
            members.add(List.copyOf(group));
        });
    }

    static VolunteerTypes of(Pool pool) {
        return new VolunteerTypes(pool);
    }

    List<Category> categories() {
        return categories;
    }

    int count() {
        return features.size();
    }

    int size(int type) {
        return members.get(type).size();
    }

    List<Volunteer> members(int type) {
        return members.get(type);
    }

    List<String> features(int type) {
        return features.get(type);
    }

    /** The type of an eligible volunteer, or -1 for one who cannot be drawn. */
    int typeOf(Volunteer volunteer) {
        return typeById.getOrDefault(volunteer.id(), -1);
    }

    int eligibleCount() {
        return typeById.size();
    }

    /** One row per feature of every category, in file order. */
    List<QuotaRow> quotaRows() {
        List<QuotaRow> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            for (FeatureQuota quota : categories.get(c).features()) {
                rows.add(new QuotaRow(c, quota.feature(), quota.min(), quota.max(), typesWith(c, quota.feature())));
            }
        }
        return rows;
    }

    /** How many volunteers who can be drawn have this feature. */
    int available(int category, String feature) {
        int total = 0;
        for (int t : typesWith(category, feature)) {
            total += size(t);
        }
        return total;
    }

    private int[] typesWith(int category, String feature) {
        return IntStream.range(0, count())
                .filter(t -> features.get(t).get(category).equals(feature))
                .toArray();
    }
}
