package org.civitas.panel;

import java.time.LocalDate;

/** A panel in a list: its question in the reader's language where given, its stage and dates. */
public record PanelSummary(long id, String question, PanelStatus status, int size, long volunteers,
        LocalDate registrationCloses, LocalDate deliberationStarts, LocalDate deliberationEnds) {
}
