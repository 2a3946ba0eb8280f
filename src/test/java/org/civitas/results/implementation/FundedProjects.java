package org.civitas.results.implementation;

import java.time.Duration;
import java.util.List;

import org.civitas.results.ResultsPublished;
import org.civitas.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes an edition's results as the results module does, and waits until the tracker opened the records. */
public final class FundedProjects {

    private FundedProjects() {
    }

    public static void publish(ApplicationEventPublisher events, TransactionTemplate transaction, ImplementationService service,
            long editionId, List<Long> funded, List<Long> unfunded) {
        transaction.executeWithoutResult(status -> events.publishEvent(new ResultsPublished(editionId, funded, unfunded)));
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (funded.stream().anyMatch(id -> service.page(id, Language.EN).isEmpty())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The funded projects were not opened: " + funded);
            }
            sleep(100);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
