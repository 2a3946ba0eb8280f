package org.civitas.panel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.Quota;
import org.civitas.panel.sortition.Category;
import org.civitas.panel.sortition.FeatureQuota;
import org.civitas.panel.sortition.Pool;

/**
 * A panel's volunteers as the sortition package reads them: their registration number as id, in registration order,
 * the same pool as the published respondents and categories files, so the command line repeats the app's draw.
 */
final class SortitionPools {

    private SortitionPools() {
    }

    static Pool of(List<Quota> quotas, List<Volunteer> volunteers) {
        Map<String, List<FeatureQuota>> byCategory = new LinkedHashMap<>();
        quotas.forEach(q -> byCategory.computeIfAbsent(q.category(), c -> new ArrayList<>())
                .add(new FeatureQuota(q.feature(), q.min(), q.max())));
        List<Category> categories = byCategory.entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue())).toList();
        List<org.civitas.panel.sortition.Volunteer> pool = new ArrayList<>();
        for (int row = 0; row < volunteers.size(); row++) {
            Volunteer v = volunteers.get(row);
            pool.add(new org.civitas.panel.sortition.Volunteer(String.valueOf(v.getId()), row + 1, v.getAnswers()));
        }
        return new Pool(categories, pool);
    }
}
