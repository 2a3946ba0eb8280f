package org.civitas.results.implementation;

import java.util.List;

/**
 * A funded project's public page: its state, the title and summary in the reader's language where the author
 * translated them, the reason when cancelled, and every update, newest first.
 */
public record ImplementationPage(ImplementationSummary summary, String title, String proposalSummary,
        String cancelReason, List<TimelineEntry> timeline, int followers) {

    public ImplementationPage {
        timeline = List.copyOf(timeline);
    }
}
