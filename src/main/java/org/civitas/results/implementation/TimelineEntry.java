package org.civitas.results.implementation;

import java.time.LocalDate;

/** One dated update of a project: its status and progress from that day, and the official's Markdown text. */
public record TimelineEntry(LocalDate date, ImplementationStatus status, int progress, String text,
        String cancelReason) {
}
