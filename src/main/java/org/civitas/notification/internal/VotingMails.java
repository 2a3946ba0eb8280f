package org.civitas.notification.internal;

import java.util.List;

import org.civitas.budget.EditionService;
import org.civitas.identity.Contacts;
import org.civitas.shared.Formats;
import org.civitas.voting.BallotCast;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The confirmation that a ballot was recorded (mandatory: it is the voter's check that nobody else voted in their
 * name). It names the edition and the day only: neither choices nor the receipt code, which would tie the
 * person to their ballot through the mail outbox.
 */
@Component
class VotingMails {

    private final NoticeMails notices;
    private final Contacts contacts;
    private final EditionService editions;
    private final Pacer pacer;
    /** Edition names by id: a vote sends thousands of these mails, and a name changes rarely, harmlessly. */
    private final java.util.Map<Long, org.civitas.budget.LocalizedName> names = new java.util.concurrent.ConcurrentHashMap<>();

    VotingMails(NoticeMails notices, Contacts contacts, EditionService editions, Pacer pacer) {
        this.pacer = pacer;
        this.notices = notices;
        this.contacts = contacts;
        this.editions = editions;
    }

    /** As {@code @ApplicationModuleListener}, but in the confirmations' own paced lane (see ConfirmationLane). */
    @Async(ConfirmationLane.EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(BallotCast e) throws InterruptedException {
        pacer.await();
        contacts.byId(e.accountId()).ifPresent(voter -> notices.send(voter, null, "ballot-cast", "/vote/check",
                List.of(names.computeIfAbsent(e.editionId(), id -> editions.details(id).name()).in(voter.language()),
                        Formats.date(e.castOn(), voter.language().locale()))));
    }
}
