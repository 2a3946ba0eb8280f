package org.civitas.panel.sortition;

import static org.civitas.panel.sortition.TestPools.category;
import static org.civitas.panel.sortition.TestPools.concat;
import static org.civitas.panel.sortition.TestPools.pool;
import static org.civitas.panel.sortition.TestPools.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReservesTest {

    @Test
    void keeps_the_quotas_scaled_to_the_number_of_reserves() {
        // Panel quotas 9..20 of 20 seats become 2..5 of 5 reserves for every feature.
        Selection selection = Samples.exampleSmall20Selection();
        List<Volunteer> panel = selection.drawPanel("2027");
        List<Volunteer> reserves = selection.drawReserves(panel, 5, "2027");
        Pool scaled = new Pool(List.of(category("gender", "female:2:5", "male:2:5"),
                category("leaning", "liberal:2:5", "conservative:2:5")), selection.pool().volunteers());
        QuotaAssertions.assertMeetsQuotas(scaled, 5, reserves);
        assertTrue(reserves.stream().noneMatch(panel::contains));
    }

    @Test
    void widens_the_quotas_when_those_left_cannot_meet_them() {
        // After the panel takes both men, no man is left: the 2 reserves have to be women.
        Category gender = category("gender", "woman:2:2", "man:2:2");
        Selection selection = Leximin.select(pool(List.of(gender), concat(times(5, "woman"), times(2, "man"))), 4);
        List<Volunteer> panel = selection.drawPanel("x");
        List<Volunteer> reserves = selection.drawReserves(panel, 2, "x");
        assertEquals(2, reserves.size());
        assertTrue(reserves.stream().allMatch(v -> v.feature("gender").equals("woman")));
        assertTrue(reserves.stream().noneMatch(panel::contains));
    }

    @Test
    void gives_none_when_none_are_asked_for() {
        Selection selection = Samples.exampleSmall20Selection();
        assertEquals(List.of(), selection.drawReserves(selection.drawPanel("1"), 0, "1"));
    }

    @Test
    void refuses_more_reserves_than_volunteers_left() {
        Selection selection = Samples.exampleSmall20Selection();
        List<Volunteer> panel = selection.drawPanel("1");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> selection.drawReserves(panel, 181, "1"));
        assertTrue(e.getMessage().startsWith("Only 180 volunteers"), e.getMessage());
    }

    @Test
    void refuses_a_panel_member_from_another_pool() {
        Selection selection = Samples.exampleSmall20Selection();
        Volunteer stranger = new Volunteer("stranger", 1, Map.of("gender", "male", "leaning", "liberal"));
        assertThrows(InvalidInputException.class, () -> selection.drawReserves(List.of(stranger), 1, "1"));
    }
}
