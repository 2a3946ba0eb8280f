package org.civitas.budget;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The dates of one phase as typed; both empty while the phase is not planned yet. */
public class PhaseForm {

    @NotNull
    private Phase phase;
    private LocalDate start;
    private LocalDate end;

    public PhaseForm() {
    }

    public PhaseForm(Phase phase, LocalDate start, LocalDate end) {
        this.phase = phase;
        this.start = start;
        this.end = end;
    }

    public boolean planned() {
        return start != null && end != null;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
