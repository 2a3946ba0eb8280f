package org.civitas.panel.sortition;

import static org.civitas.panel.sortition.TestPools.category;
import static org.civitas.panel.sortition.TestPools.concat;
import static org.civitas.panel.sortition.TestPools.pool;
import static org.civitas.panel.sortition.TestPools.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InfeasibleQuotasTest {

    private static final Category DISTRICT = category("district", "north:0:10", "south:0:10");

    @Test
    void names_the_one_category_whose_minimums_exceed_the_panel() {
        Pool pool = pool(List.of(category("gender", "female:6:10", "male:5:10"), DISTRICT),
                concat(times(10, "female,north"), times(10, "male,south")));
        InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class, () -> Leximin.select(pool, 10));
        assertEquals(List.of("gender"), e.categories());
        assertEquals("No panel of 10 can meet the quotas of category 'gender': its minimums add up to 11, more than"
                + " the 10 seats.", e.getMessage());
    }

    @Test
    void names_both_categories_that_conflict_only_together() {
        // Every woman is young and every man is old: 5 women and 8 old people do not fit in 10 seats.
        Category gender = category("gender", "female:5:10", "male:0:10");
        Category age = category("age", "young:0:10", "old:8:10");
        Pool pool = pool(List.of(DISTRICT, gender, age),
                concat(times(10, "north,female,young"), times(10, "south,male,old")));
        InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class, () -> Leximin.select(pool, 10));
        assertEquals(List.of("gender", "age"), e.categories());
        assertTrue(e.getMessage().contains("categories 'gender' and 'age'"), e.getMessage());
    }

    @Test
    void names_a_feature_with_too_few_volunteers() {
        Pool pool = pool(List.of(category("gender", "female:2:5", "male:0:5", "other:1:1"), DISTRICT),
                concat(times(5, "female,north"), times(5, "male,south")));
        InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class, () -> Leximin.select(pool, 5));
        assertEquals(List.of("gender"), e.categories());
        assertTrue(e.getMessage().contains("feature 'other' needs at least 1 seats but only 0 volunteers"),
                e.getMessage());
    }

    @Test
    void says_when_the_pool_is_smaller_than_the_panel() {
        Pool pool = pool(List.of(DISTRICT), times(4, "north"));
        InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class, () -> Leximin.select(pool, 5));
        assertEquals(List.of(), e.categories());
        assertEquals("Only 4 volunteers can be drawn, fewer than the 5 seats of the panel.", e.getMessage());
    }

    @Test
    void says_when_nobody_can_be_drawn() {
        Pool pool = pool(List.of(DISTRICT), times(4, "east"));
        InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class, () -> Leximin.select(pool, 1));
        assertEquals("Only 0 volunteers can be drawn, fewer than the 1 seats of the panel.", e.getMessage());
    }

    @Test
    void gives_no_chance_to_volunteers_no_panel_can_include() {
        // Nobody old may sit, so the old volunteers get 0 and the young share the seats equally.
        Pool pool = pool(List.of(category("age", "young:0:4", "old:0:0")),
                concat(times(8, "young"), times(3, "old")));
        Selection selection = Leximin.select(pool, 4);
        pool.volunteers().forEach(v -> assertEquals(v.feature("age").equals("young") ? 0.5 : 0.0,
                selection.probability(v), 1e-6, v.id()));
    }
}
