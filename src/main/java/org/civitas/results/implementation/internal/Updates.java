package org.civitas.results.implementation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.civitas.results.implementation.ImplementationRuleException;
import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.ImplementationUpdated;
import org.civitas.results.implementation.PostUpdate;
import org.civitas.shared.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks an official's update against the tracking rules, keeps it in the timeline, moves the project to the state
 * it gives and tells the followers (the event is stored with the update: the outbox).
 */
@Component
public class Updates {

    static final int MAX_TEXT = 8000;
    static final int MAX_REASON = 2000;

    private final ImplementationRepository implementations;
    private final UpdateEntryRepository entries;
    private final FollowerRepository followers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Updates(ImplementationRepository implementations, UpdateEntryRepository entries, FollowerRepository followers,
            ApplicationEventPublisher events, Clock clock) {
        this.implementations = implementations;
        this.entries = entries;
        this.followers = followers;
        this.events = events;
        this.clock = clock;
    }

    public void post(long proposalId, long officialId, PostUpdate update) {
        Implementation project = implementations.findById(proposalId)
                .orElseThrow(() -> new NoSuchElementException("No funded project " + proposalId));
        String text = stripped(update.text());
        ImplementationStatus status = update.status() == null ? project.getStatus() : update.status();
        int progress = progress(project, status, update.progress());
        String reason = reason(project, status, stripped(update.cancelReason()));
        if (text.isEmpty()) {
            throw new ImplementationRuleException("results.implementation.error.text-required");
        }
        if (text.length() > MAX_TEXT) {
            throw new ImplementationRuleException("results.implementation.error.text-too-long", MAX_TEXT);
        }
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        project.apply(status, progress, reason, today);
        entries.save(new UpdateEntry(project, officialId, clock.instant(), text));
        events.publishEvent(new ImplementationUpdated(proposalId, project.getTitle(), status, progress, today,
                followers.accountIds(proposalId)));
    }

    /** Unchanged unless given; a project marked completed without a figure is done, so at 100 %. */
    private static int progress(Implementation project, ImplementationStatus status, Integer given) {
        if (given != null && (given < 0 || given > 100)) {
            throw new ImplementationRuleException("results.implementation.error.progress-range");
        }
        int progress = given != null ? given : status == ImplementationStatus.COMPLETED ? 100 : project.getProgress();
        if (status == ImplementationStatus.COMPLETED && progress != 100) {
            throw new ImplementationRuleException("results.implementation.error.completed-at-100");
        }
        return progress;
    }

    /** A cancelled project says why; one that stays cancelled keeps its reason unless a new one is given. */
    private static String reason(Implementation project, ImplementationStatus status, String given) {
        if (status != ImplementationStatus.CANCELLED) {
            return null;
        }
        String reason = given.isEmpty() && project.getStatus() == ImplementationStatus.CANCELLED
                ? project.getCancelReason() : given;
        if (reason == null || reason.isEmpty()) {
            throw new ImplementationRuleException("results.implementation.error.reason-required");
        }
        if (reason.length() > MAX_REASON) {
            throw new ImplementationRuleException("results.implementation.error.reason-too-long", MAX_REASON);
        }
        return reason;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
