package org.civitas.results.implementation;

import java.time.LocalDate;

/**
 * A funded project as the public list shows it: its title as written, status, progress in percent and the day of
 * its latest update ({@code lastUpdate} null until the first).
 */
public record ImplementationSummary(long proposalId, long editionId, Long poolId, String title,
        ImplementationStatus status, int progress, LocalDate lastUpdate) {
}
