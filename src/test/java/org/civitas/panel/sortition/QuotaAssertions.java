package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks the rules of FORMAT.md on a drawn panel or on a panel of the lottery. */
final class QuotaAssertions {

    private QuotaAssertions() {
    }

    static void assertMeetsQuotas(Pool pool, int size, List<Volunteer> panel) {
        assertEquals(size, panel.size(), "panel size");
        assertEquals(size, panel.stream().map(Volunteer::id).distinct().count(), "each volunteer at most once");
        assertTrue(panel.stream().allMatch(pool::canBeDrawn), "only volunteers who can be drawn");
        for (Category category : pool.categories()) {
            for (FeatureQuota quota : category.features()) {
                long seats = panel.stream().filter(v -> quota.feature().equals(v.feature(category.name()))).count();
                assertWithin(quota, seats, category);
            }
        }
    }

    static void assertMeetsQuotas(Pool pool, int size, PanelShare share) {
        assertEquals(size, share.seats().values().stream().mapToInt(Integer::intValue).sum(), "panel size");
        Map<List<String>, Long> available = pool.eligible().stream().collect(Collectors.groupingBy(
                v -> pool.categories().stream().map(c -> v.feature(c.name())).toList(), Collectors.counting()));
        share.seats().forEach((features, seats) -> assertTrue(seats <= available.getOrDefault(features, 0L),
                "no more seats than volunteers for " + features));
        for (int c = 0; c < pool.categories().size(); c++) {
            Category category = pool.categories().get(c);
            for (FeatureQuota quota : category.features()) {
                int index = c;
                long seats = share.seats().entrySet().stream()
                        .filter(e -> e.getKey().get(index).equals(quota.feature()))
                        .mapToLong(Map.Entry::getValue).sum();
                assertWithin(quota, seats, category);
            }
        }
    }

    private static void assertWithin(FeatureQuota quota, long seats, Category category) {
        assertTrue(seats >= quota.min() && seats <= quota.max(), category.name() + " " + quota.feature() + ": "
                + seats + " seats outside [" + quota.min() + ", " + quota.max() + "]");
    }
}
