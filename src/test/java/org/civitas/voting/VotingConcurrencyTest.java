package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One person, one ballot, even when a thousand casts arrive together (design.md §3): 1,000 threads, each with its
 * own account, cast for only 100 people; all wait at one gate and are released at the same moment, so each
 * person's ten casts race one another (and everyone else's) into the database.
 */
class VotingConcurrencyTest extends IntegrationTest {

    static final int PEOPLE = 100;
    static final int CASTS = 1_000;

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_thousand_simultaneous_casts_for_a_hundred_people_store_exactly_one_ballot_each() throws Exception {
        EditionDetails edition = ballots.openKrakowVote();
        PoolSummary city = ballots.cityPool(edition);
        PoolSummary district = ballots.districtPool(edition);
        List<BallotChoice> ballot = KrakowBallot.of(city, ballots.onBallot(edition, city, 3, new BigDecimal("100000")),
                district, ballots.onBallot(edition, district, 3, new BigDecimal("10000")));
        // a different account for every cast: each account may cast once, and the race is between people
        List<String> voters = new Residents(jdbc).of(district.districtId(), CASTS);

        var cast = new AtomicInteger();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        var ready = new CountDownLatch(CASTS);
        var start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(CASTS);
        for (int i = 0; i < CASTS; i++) {
            String voter = voters.get(i);
            VoterIdentity person = Identities.pesel(i % PEOPLE);
            threads.add(new Thread(() -> {
                try {
                    accounts.signIn(voter);
                    ready.countDown();
                    start.await();
                    voting.cast(edition.id(), person, district.districtId(), ballot);
                    cast.incrementAndGet();
                } catch (VotingRuleException e) {
                    refusals.computeIfAbsent(e.messageKey(), k -> new AtomicInteger()).incrementAndGet();
                } catch (Throwable e) {
                    unexpected.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, "cast-" + i));
        }
        threads.forEach(Thread::start);
        // every thread is signed in and waiting at the gate before any is let through, so they truly race
        assertThat(ready.await(1, TimeUnit.MINUTES)).as("all %d threads at the gate", CASTS).isTrue();
        start.countDown();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
        }
        assertThat(threads).as("all casts finished").noneMatch(Thread::isAlive);

        assertThat(unexpected).as("exceptions other than a rule's refusal").isEmpty();
        assertThat(cast).hasValue(PEOPLE);
        // every refusal is of a person who voted already: no account casts twice, so no other key is right
        assertThat(refusals).containsOnlyKeys("voting.error.already-voted");
        assertThat(refusals.get("voting.error.already-voted")).hasValue(CASTS - PEOPLE);
        assertThat(count("select count(*) from participation where edition_id = ?", edition.id())).isEqualTo(PEOPLE);
        assertThat(count("select count(distinct identity_hash) from participation where edition_id = ?", edition.id()))
                .isEqualTo(PEOPLE);
        assertThat(count("select count(*) from ballot where edition_id = ?", edition.id())).isEqualTo(2 * PEOPLE);
        assertThat(count("select count(distinct receipt_hash) from ballot where edition_id = ?", edition.id()))
                .isEqualTo(PEOPLE);
        assertThat(count("select count(*) from ballot_choice c join ballot b on b.id = c.ballot_id where b.edition_id = ?",
                edition.id())).isEqualTo(6 * PEOPLE);
    }

    private int count(String sql, long editionId) {
        return jdbc.queryForObject(sql, Integer.class, editionId);
    }
}
