package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** example_small_20: 200 volunteers, panel of 20; the published LEXIMIN result is 10 % for everyone. */
class ExampleSmall20Test {

    @Test
    void gives_every_volunteer_ten_percent_on_example_small_20() {
        Selection selection = Samples.exampleSmall20Selection();
        assertEquals(200, selection.probabilities().size());
        selection.probabilities().forEach((id, p) -> assertEquals(0.10, p, 0.001, "volunteer " + id));
        assertEquals(0.10, selection.minimumProbability(), 0.001);
    }

    @Test
    void numbers_volunteers_by_row_without_an_id_column() {
        List<String> expected = IntStream.rangeClosed(1, 200).mapToObj(String::valueOf).toList();
        assertEquals(expected, List.copyOf(Samples.exampleSmall20Selection().probabilities().keySet()));
    }

    @Test
    void every_volunteer_can_be_drawn() {
        assertTrue(Samples.exampleSmall20().warnings().isEmpty());
    }

    /**
     * A published draw must stay repeatable: if this changes, the lottery or the draw changed (for
     * instance with another ojAlgo version) and draws published before would no longer repeat.
     */
    @Test
    void draws_the_recorded_panel_for_a_known_seed() {
        List<String> ids = Samples.exampleSmall20Selection().drawPanel("lotto 7 13 22 31 40 45").stream()
                .map(Volunteer::id).toList();
        assertEquals(List.of("1", "3", "9", "11", "15", "27", "33", "44", "93", "95", "98", "115", "123", "144", "146",
                "147", "153", "167", "189", "195"), ids);
    }
}
