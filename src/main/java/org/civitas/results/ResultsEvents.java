package org.civitas.results;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.civitas.review.OfficialActions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What a publication leaves behind besides the results: the audit line, the event, and its moment. */
@Component
class ResultsEvents {

    private final ApplicationEventPublisher events;
    private final OfficialActions actions;
    private final Clock clock;

    ResultsEvents(ApplicationEventPublisher events, OfficialActions actions, Clock clock) {
        this.events = events;
        this.actions = actions;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void published(long editionId, List<PoolResult> pools) {
        List<Long> funded = pools.stream().flatMap(p -> p.projects().stream())
                .filter(p -> p.outcome().funded()).map(ProjectResult::proposalId).toList();
        List<Long> unfunded = pools.stream().flatMap(p -> p.projects().stream())
                .filter(p -> !p.outcome().funded()).map(ProjectResult::proposalId).toList();
        actions.record("results", editionId, "published", null, funded.size() + " funded, " + unfunded.size()
                + " not funded");
        events.publishEvent(new ResultsPublished(editionId, funded, unfunded));
    }
}
