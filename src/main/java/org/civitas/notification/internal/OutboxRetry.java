package org.civitas.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Delivers again what the outbox holds undelivered (a mail server that was down), waiting twice as long
 * after each failed attempt, up to a maximum; completed entries are purged after a week because some carry
 * single-use links.
 */
@Component
class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final Duration first;
    private final Duration grace;
    private final Duration max;
    private final Map<UUID, Instant> nextAttempt = new ConcurrentHashMap<>();
    private final Map<UUID, Duration> lastWait = new ConcurrentHashMap<>();
    private final ObjectProvider<ThreadPoolTaskExecutor> executors;

    OutboxRetry(IncompleteEventPublications incomplete, CompletedEventPublications completed, Clock clock,
            @Value("${civitas.outbox.retry-interval}") Duration first, @Value("${civitas.outbox.first-retry-after}") Duration grace,
            @Value("${civitas.outbox.max-backoff}") Duration max,
            ObjectProvider<ThreadPoolTaskExecutor> executors) {
        this.executors = executors;
        this.incomplete = incomplete;
        this.completed = completed;
        this.clock = clock;
        this.first = first;
        this.grace = grace;
        this.max = max;
    }

    @Scheduled(fixedDelayString = "${civitas.outbox.retry-interval}")
    void retry() {
        if (firstDeliveriesUnderWay()) {
            return;
        }
        Set<UUID> stillIncomplete = new HashSet<>();
        incomplete.resubmitIncompletePublications(publication -> {
            stillIncomplete.add(publication.getIdentifier());
            return due(publication);
        });
        // forget the back-off of publications delivered since the last pass, so the maps stay small
        nextAttempt.keySet().retainAll(stillIncomplete);
        lastWait.keySet().retainAll(stillIncomplete);
    }

    /**
     * While the listeners' executor still holds queued or running deliveries (thousands of ballot confirmations
     * at the close of a vote), an incomplete publication may simply be waiting its turn: sending it again now
     * would mail it twice. Retries wait until the queues (the application's and the confirmations' lane) are empty;
     * a mail server that is down empties them fast.
     */
    private boolean firstDeliveriesUnderWay() {
        return executors.stream().anyMatch(pool -> pool.getQueueSize() > 0 || pool.getActiveCount() > 0);
    }

    @Scheduled(fixedDelay = 6, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    void purge() {
        completed.deletePublicationsOlderThan(Duration.ofDays(7));
    }

    private boolean due(EventPublication publication) {
        Instant now = clock.instant();
        UUID id = publication.getIdentifier();
        // an undelivered publication may still be on its first delivery (a slow mail server, a queue of mails):
        // it is tried again only after the grace period, so a mail is not sent twice while the first is under way
        Instant next = nextAttempt.computeIfAbsent(id, k -> publication.getPublicationDate().plus(grace));
        if (now.isBefore(next)) {
            return false;
        }
        Duration wait = lastWait.merge(id, first, (old, f) -> old.multipliedBy(2).compareTo(max) > 0 ? max : old.multipliedBy(2));
        nextAttempt.put(id, now.plus(wait));
        log.info("Delivering again {} (published {}), next try in {} if it fails", publication.getEvent().getClass().getSimpleName(),
                publication.getPublicationDate(), wait);
        return true;
    }
}
