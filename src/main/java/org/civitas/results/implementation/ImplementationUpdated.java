package org.civitas.results.implementation;

import java.time.LocalDate;
import java.util.List;

/**
 * An official posted an update of a funded project; its followers (account ids at that moment) are told by mail.
 * The title is as its author wrote it.
 */
public record ImplementationUpdated(long proposalId, String title, ImplementationStatus status, int progress,
        LocalDate date, List<Long> followerIds) {

    public ImplementationUpdated {
        followerIds = List.copyOf(followerIds);
    }
}
