package org.civitas.budget;

import java.time.LocalDate;

/** The days of one phase, both inclusive, in Kraków time. */
public record PhaseDates(Phase phase, LocalDate start, LocalDate end) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
