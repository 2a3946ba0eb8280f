package org.civitas.panel.sortition;

import static org.civitas.panel.sortition.QuotaAssertions.assertMeetsQuotas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The properties every selection must have, checked on both sample pools. */
class SampleDrawTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("example_small_20", (Supplier<Selection>) Samples::exampleSmall20Selection),
                Arguments.of("sortition_algorithms_fixture", (Supplier<Selection>) Samples::fixtureSelection));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_drawn_panel_meets_the_quotas(String sample, Supplier<Selection> selection) {
        for (int seed = 0; seed < 40; seed++) {
            assertMeetsQuotas(selection.get().pool(), selection.get().panelSize(), selection.get().drawPanel("s" + seed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_same_seed_gives_the_same_panel_even_from_a_fresh_computation(String sample, Supplier<Selection> selection) {
        Selection again = Leximin.select(selection.get().pool(), selection.get().panelSize());
        for (String seed : List.of("2027", "lotto 7 13 22 31 40 45", "")) {
            assertEquals(ids(selection.get().drawPanel(seed)), ids(again.drawPanel(seed)), "seed " + seed);
        }
        assertEquals(selection.get().panels().size(), again.panels().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void different_seeds_usually_give_different_panels(String sample, Supplier<Selection> selection) {
        Set<List<String>> panels = new HashSet<>();
        for (int seed = 0; seed < 10; seed++) {
            panels.add(ids(selection.get().drawPanel(String.valueOf(seed))));
        }
        assertTrue(panels.size() >= 8, "only " + panels.size() + " distinct panels from 10 seeds");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void probabilities_sum_to_the_panel_size(String sample, Supplier<Selection> selection) {
        double sum = selection.get().probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(selection.get().panelSize(), sum, 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_panel_of_the_distribution_meets_the_quotas(String sample, Supplier<Selection> selection) {
        List<PanelShare> panels = selection.get().panels();
        assertEquals(1_000_000_000L, panels.stream().mapToLong(PanelShare::billionths).sum());
        for (PanelShare share : panels) {
            assertTrue(share.billionths() > 0);
            assertMeetsQuotas(selection.get().pool(), selection.get().panelSize(), share);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reserves_are_other_volunteers_drawn_repeatably(String sample, Supplier<Selection> selection) {
        List<Volunteer> panel = selection.get().drawPanel("2027");
        List<Volunteer> reserves = selection.get().drawReserves(panel, 5, "2027");
        assertEquals(5, reserves.size());
        assertTrue(reserves.stream().noneMatch(panel::contains));
        assertEquals(5, reserves.stream().distinct().count());
        assertEquals(ids(reserves), ids(selection.get().drawReserves(panel, 5, "2027")));
    }

    private static List<String> ids(List<Volunteer> volunteers) {
        return volunteers.stream().map(Volunteer::id).toList();
    }
}
