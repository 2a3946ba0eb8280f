package org.civitas.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civitas.budget.EditionService;
import org.civitas.budget.LocalizedName;
import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.shared.Formats;
import org.civitas.voting.BallotCast;
import org.civitas.voting.Confirmations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the confirmation that a ballot was recorded (mandatory: it is the voter's check that nobody else voted in
 * their name). It names the edition and the day only: neither choices nor the receipt code, which would tie the
 * person to their ballot through the mail server's records.
 *
 * <p>A vote owes thousands of these a minute at its busiest, so they are not outbox events (docs/adr/0011): each
 * pass takes a batch of the confirmations the register says are owed, renders them, sends them over one connection
 * to the mail server, paced to the relay's rate, and only then tells the register they are sent. A crash or a mail
 * server that is down leaves them owed, to be sent on a later pass (after a growing pause while the server fails);
 * a crash between the sending and the telling would send a batch twice, as the outbox would.
 */
@Component
class BallotConfirmations {

    private static final Logger log = LoggerFactory.getLogger(BallotConfirmations.class);

    private final Confirmations confirmations;
    private final Contacts contacts;
    private final EditionService editions;
    private final NoticeMails notices;
    private final MailDelivery mail;
    private final Pacer pacer;
    private final int batch;
    private final Clock clock;
    private final Duration longestPause;
    /** Edition names by id: a vote sends thousands of these mails, and a name changes rarely, harmlessly. */
    private final Map<Long, LocalizedName> names = new ConcurrentHashMap<>();
    private Duration pause = Duration.ZERO;
    private Instant resumeAt = Instant.MIN;

    BallotConfirmations(Confirmations confirmations, Contacts contacts, EditionService editions, NoticeMails notices,
            MailDelivery mail, Clock clock, @Value("${civitas.mail.confirmations-per-second}") double perSecond,
            @Value("${civitas.outbox.max-backoff}") Duration longestPause) {
        this.confirmations = confirmations;
        this.contacts = contacts;
        this.editions = editions;
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
        this.pacer = new Pacer(perSecond);
        this.batch = (int) Math.max(1, Math.ceil(perSecond));
        this.longestPause = longestPause;
    }

    @Scheduled(fixedDelayString = "${civitas.mail.confirmations-poll}")
    void send() throws InterruptedException {
        if (clock.instant().isBefore(resumeAt)) {
            return;
        }
        List<BallotCast> due = confirmations.due(batch);
        if (due.isEmpty()) {
            return;
        }
        Map<Long, Contact> to = contacts.byIds(due.stream().map(BallotCast::accountId).toList());
        List<BallotCast> mailed = new ArrayList<>();
        List<BallotCast> done = new ArrayList<>();
        List<Map.Entry<String, MailTemplates.RenderedMail>> mails = new ArrayList<>();
        for (BallotCast cast : due) {
            Contact voter = to.get(cast.accountId());
            if (voter == null) {
                done.add(cast); // an erased account: nobody to tell
                continue;
            }
            mailed.add(cast);
            mails.add(Map.entry(voter.email(), notices.render(voter.displayName(), "ballot-cast",
                    voter.language().locale(), "/vote/check", List.of(
                            names.computeIfAbsent(cast.editionId(), id -> editions.details(id).name()).in(voter.language()),
                            Formats.date(cast.castOn(), voter.language().locale())))));
        }
        try {
            if (!mails.isEmpty()) {
                pacer.await(mails.size());
                Set<Integer> refused = mail.sendAll(mails);
                for (int i = 0; i < mailed.size(); i++) {
                    if (!refused.contains(i)) {
                        done.add(mailed.get(i));
                    }
                }
                if (!refused.isEmpty()) {
                    log.warn("The mail server refused {} of {} ballot confirmations; they stay owed", refused.size(),
                            mails.size());
                }
            }
            pause = Duration.ZERO;
        } catch (MailException e) {
            pause = pause.isZero() ? Duration.ofSeconds(1) : min(pause.multipliedBy(2), longestPause);
            resumeAt = clock.instant().plus(pause);
            // the class only: the server's message may quote addresses
            log.warn("{} ballot confirmations not sent ({}); next try in {}", mails.size(),
                    e.getClass().getSimpleName(), pause);
        } finally {
            confirmations.sent(done);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
