package org.civitas.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
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
            jdbc.execute(DEADLOCK);
        })).isInstanceOfSatisfying(VotingRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.busy"));

        assertThat(attempts).hasValue(BallotWriter.ATTEMPTS);
        assertThat(registered()).as("the participation row written before each deadlock").isZero();
        assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH).getString("voting.error.busy"))
                .contains("Nothing was stored");
    }

    @Test
    void a_deadlock_that_does_not_repeat_is_retried_and_the_ballot_is_written_once() {
        var attempts = new AtomicInteger();

        writer.write(identityHash, () -> {
            register();
            if (attempts.incrementAndGet() == 1) {
                jdbc.execute(DEADLOCK);
            }
        });

        assertThat(attempts).hasValue(2);
        assertThat(registered()).isEqualTo(1);
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
