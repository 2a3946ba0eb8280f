package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small pools written inline: categories as "feature:min:max" and volunteers as their features. */
final class TestPools {

    private TestPools() {
    }

    static Category category(String name, String... quotas) {
        List<FeatureQuota> features = new ArrayList<>();
        for (String quota : quotas) {
            String[] parts = quota.split(":");
            features.add(new FeatureQuota(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return new Category(name, features);
    }

    /** A pool whose volunteers are given as "feature,feature,..." in category order, with ids v1, v2, ... */
    static Pool pool(List<Category> categories, List<String> volunteers) {
        List<Volunteer> pool = new ArrayList<>();
        for (String line : volunteers) {
            String[] values = line.split(",");
            Map<String, String> features = new HashMap<>();
            for (int c = 0; c < categories.size(); c++) {
                features.put(categories.get(c).name(), values[c]);
            }
            pool.add(new Volunteer("v" + (pool.size() + 1), pool.size() + 1, features));
        }
        return new Pool(categories, pool);
    }

    /** {@code count} copies of the same features, for building pools quickly. */
    static List<String> times(int count, String features) {
        return Collections.nCopies(count, features);
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
