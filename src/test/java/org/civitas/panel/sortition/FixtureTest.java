package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** sortition_algorithms_fixture: 150 volunteers, four categories, panel of 22, other tools' headers. */
class FixtureTest {

    @Test
    void accepts_the_feature_value_header_and_nationbuilder_ids() {
        Pool pool = Samples.fixture();
        assertEquals(List.of("Gender", "age_bracket", "edu_level", "geo_bucket"),
                pool.categories().stream().map(Category::name).toList());
        assertEquals(new FeatureQuota("Female", 11, 12), pool.categories().get(0).features().get(0));
        assertEquals("p0", pool.volunteers().get(0).id());
        assertEquals("Male", pool.volunteers().get(0).feature("Gender"));
        assertEquals(150, pool.volunteers().size());
        assertTrue(pool.warnings().isEmpty());
    }

    /** 1/11, the value an independent LP implementation (SciPy/HiGHS, over individuals) also finds. */
    @Test
    void raises_the_smallest_probability_to_one_in_eleven() {
        assertEquals(1.0 / 11, Samples.fixtureSelection().minimumProbability(), 1e-6);
    }

    /** See ExampleSmall20Test: a change here means published draws would no longer repeat. */
    @Test
    void draws_the_recorded_panel_for_a_known_seed() {
        List<String> ids = Samples.fixtureSelection().drawPanel("lotto 7 13 22 31 40 45").stream()
                .map(Volunteer::id).toList();
        assertEquals(List.of("p0", "p1", "p2", "p9", "p12", "p24", "p30", "p45", "p47", "p52", "p69", "p76", "p80",
                "p82", "p83", "p85", "p87", "p101", "p118", "p122", "p130", "p147"), ids);
    }
}
