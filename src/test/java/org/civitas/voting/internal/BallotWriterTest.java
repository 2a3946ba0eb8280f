package org.civitas.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.civitas.voting.VotingRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the group commit does when MariaDB reports a deadlock. A real deadlock cannot be made to happen three times
 * in a row on demand, so the writes raise MariaDB's own deadlock error (1213, SQLSTATE 40001) with SIGNAL: it
 * reaches the writer through the real driver and Spring's translation, as a deadlock would.
 */
class BallotWriterTest extends IntegrationTest {

    private static final String DEADLOCK = "begin not atomic signal sqlstate '40001' set mysql_errno = 1213, "
            + "message_text = 'Deadlock found when trying to get lock; try restarting transaction'; end";

    @Autowired
    BallotWriter writer;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    JdbcTemplate jdbc;

    long editionId;
    String identityHash;

    @BeforeEach
    void edition() {
        editionId = ballots.openKrakowVote().id();
        identityHash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void a_deadlock_on_every_attempt_reaches_the_voter_as_a_translated_refusal_and_stores_nothing() {
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> writer.write(identityHash, () -> {
            attempts.incrementAndGet();
            register();
        }, () -> jdbc.execute(DEADLOCK))).isInstanceOfSatisfying(VotingRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.busy"));

        assertThat(attempts).hasValue(BallotWriter.ATTEMPTS);
        assertThat(registered()).as("the participation row written before each deadlock").isZero();
        assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH).getString("voting.error.busy"))
                .contains("Nothing was stored");
    }

    @Test
    void a_deadlock_that_does_not_repeat_is_retried_and_the_ballot_is_written_once() {
        var attempts = new AtomicInteger();

        writer.write(identityHash, this::register, () -> {
            if (attempts.incrementAndGet() == 1) {
                jdbc.execute(DEADLOCK);
            }
        });

        assertThat(attempts).hasValue(2);
        assertThat(registered()).isEqualTo(1);
    }

    @Test
    void a_batch_writes_every_participation_record_before_any_ballot_and_the_ballots_in_a_shuffled_order()
            throws Exception {
        int voters = 20;
        List<String> writes = Collections.synchronizedList(new ArrayList<>());
        var inFirst = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // one identity hash for all, so they share a lane: the first holds it while the others queue behind it
        Thread first = new Thread(() -> writer.write(identityHash, () -> {
            inFirst.countDown();
            await(release);
        }, () -> { }));
        first.start();
        assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> queued = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            int voter = i;
            queued.add(new Thread(() -> writer.write(identityHash, () -> writes.add("R" + voter),
                    () -> writes.add("B" + voter))));
        }
        queued.forEach(Thread::start);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queued.stream().anyMatch(t -> t.getState() != Thread.State.WAITING) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        release.countDown();
        first.join(10_000);
        for (Thread t : queued) {
            t.join(10_000);
        }

        assertThat(writes).hasSize(2 * voters);
        List<String> registered = writes.subList(0, voters).stream().map(w -> w.substring(1)).toList();
        List<String> balloted = writes.subList(voters, 2 * voters).stream().map(w -> w.substring(1)).toList();
        assertThat(writes.subList(0, voters)).as("all participation records first").allMatch(w -> w.startsWith("R"));
        assertThat(balloted).as("then every ballot").containsExactlyInAnyOrderElementsOf(registered);
        // 20 ballots in the voters' order by chance: 1 in 20!, about 4e-19
        assertThat(balloted).as("in an order unrelated to the voters'").isNotEqualTo(registered);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void register() {
        jdbc.update("insert into participation (edition_id, identity_hash, channel, voted_on) values (?, ?, 'ONLINE', ?)",
                editionId, identityHash, LocalDate.now());
    }

    private int registered() {
        return jdbc.queryForObject("select count(*) from participation where edition_id = ? and identity_hash = ?",
                Integer.class, editionId, identityHash);
    }
}
