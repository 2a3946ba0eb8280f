package org.civitas.budget.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.civitas.budget.Phase;
import org.civitas.budget.PhaseDates;

@Embeddable
public class PhaseWindow {

    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Column(name = "start_date")
    private LocalDate start;
    @Column(name = "end_date")
    private LocalDate end;

    protected PhaseWindow() {
    }

    PhaseWindow(Phase phase, LocalDate start, LocalDate end) {
        this.phase = phase;
        this.start = start;
        this.end = end;
    }

    PhaseDates dates() {
        return new PhaseDates(phase, start, end);
    }
}
