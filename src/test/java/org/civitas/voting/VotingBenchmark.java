package org.civitas.voting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.civitas.Application;
import org.civitas.support.TestMail;
import org.civitas.voting.internal.BallotWriter;
import org.civitas.voting.internal.ReceiptCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how fast Kraków-shaped ballots (3 city-wide and 3 district projects, ranked) are cast through
 * {@link VotingService#cast} by 1, 8 and 32 concurrent voters, each a distinct resident and PESEL, in a fresh
 * MariaDB test database as the tests use, on an edition of 18 districts with 20 city-wide and 10 projects per
 * district. Beside each, the same rows (participation, 2 ballots, 6 choices) written with plain JDBC over the same
 * connection pool twice: grouped into transactions by the service's own group commit, and one transaction per
 * ballot. The ratio is the service's rate over the grouped one, so both sides flush the same way and the ratio
 * measures the service's own work (checks, HMAC, marking the confirmation mail owed, and sending those mails);
 * the ratio against one commit per ballot is printed beside it for comparison only. Confirmation mails go to an
 * in-process SMTP server, as in the tests: they leave at their paced rate while the service's ballots are cast (so
 * the service's figure pays for them, as a server would) and are all sent before the raw runs start. Run after
 * {@code ./mvnw -q test-compile}:
 *
 * <pre>java -cp "target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.civitas.voting.VotingBenchmark [ballots per level [levels]]</pre>
 */
public final class VotingBenchmark {

    private static final int[] VOTERS = {1, 8, 32};

    private VotingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perLevel = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        // a second argument such as "32" or "1,32" runs only those levels, e.g. under a profiler
        int[] levels = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : VOTERS;
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        app.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "warn",
                "logging.level.org.civitas", "warn", "spring.main.banner-mode", "off"));
        // a system property, because application.properties would win over a default property
        System.setProperty("spring.mail.port", String.valueOf(TestMail.port()));
        try (ConfigurableApplicationContext context = app.run()) {
            var edition = BenchmarkEdition.prepare(context);
            var voting = context.getBean(VotingService.class);
            DataSource data = context.getBean(DataSource.class);
            // accounts for every level and the warm-up, made before anything is timed
            List<BenchmarkEdition.Voter> voters = edition.voters(perLevel * (levels.length * 3 + 1));
            var writer = context.getBean(BallotWriter.class);
            var next = new AtomicInteger();
            run(Math.min(perLevel, 1_000), 8, () -> viaService(voting, edition, voters.get(next.getAndIncrement())));
            awaitMails(data);
            TestMail.clear();
            System.out.printf("%d ballots per level; connection pool of %s; ratio = service / raw JDBC grouped as the "
                    + "service groups its commits%n", perLevel,
                    context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10"));
            for (int concurrent : levels) {
                double[] service = run(perLevel, concurrent,
                        () -> viaService(voting, edition, voters.get(next.getAndIncrement())));
                // the confirmation mails of the service's ballots are sent before the raw runs, not during them
                long mailsFrom = System.nanoTime();
                awaitMails(data);
                double drain = (System.nanoTime() - mailsFrom) / 1e9;
                TestMail.clear();
                double[] grouped = run(perLevel, concurrent,
                        () -> rawGrouped(writer, data, edition, voters.get(next.getAndIncrement())));
                double[] single = run(perLevel, concurrent,
                        () -> rawPerBallot(data, edition, voters.get(next.getAndIncrement())));
                System.out.printf("%2d voters  service %6.0f ballots/s (p50 %5.1f ms, p99 %6.1f ms)   raw JDBC grouped "
                        + "%6.0f ballots/s (p50 %5.1f ms, p99 %6.1f ms)   raw JDBC one commit per ballot %6.0f ballots/s "
                        + "(p50 %5.1f ms, p99 %6.1f ms)   ratio %.2f (against one commit per ballot %.2f)   "
                        + "confirmation mails all sent %.0f s after the last ballot%n", concurrent, service[0],
                        service[1], service[2], grouped[0], grouped[1], grouped[2], single[0], single[1], single[2],
                        service[0] / grouped[0], service[0] / single[0], drain);
            }
            awaitMails(data);
        }
        TestMail.stop();
    }

    /** Waits (up to ten minutes) until every ballot's confirmation mail, and anything in the outbox, has gone out. */
    private static void awaitMails(DataSource data) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < until) {
            try (Connection c = data.getConnection(); var rs = c.createStatement().executeQuery(
                    "select (select count(*) from EVENT_PUBLICATION where completion_date is null) "
                            + "+ (select count(*) from participation where confirmation_due)")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static void viaService(VotingService voting, BenchmarkEdition edition, BenchmarkEdition.Voter voter) {
        Residents.signIn(voter.accountId(), voter.email());
        try {
            voting.cast(edition.id(), Identities.pesel(voter.n()), voter.districtId(), edition.ballot(voter));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The floor the service is measured against: the rows the service writes for a ballot (participation with its
     * age band and confirmation flag, two ballots, six choices) by plain JDBC statements, without a check, the HMAC
     * or a mail to send (the flag is written false: the same index entry, but nothing for the mailer), committed by
     * the service's own group commit ({@link BallotWriter}: lanes, batches of up to 200 ballots per transaction,
     * participation rows first and ballots shuffled, retries). The ratio is taken against this, since the commit
     * strategy is then the same on both sides and the ratio says what the service's work costs, not how often it
     * flushes.
     */
    private static void rawGrouped(BallotWriter writer, DataSource data, BenchmarkEdition edition,
            BenchmarkEdition.Voter voter) {
        writer.write(identityHash(voter),
                () -> jdbc(() -> participation(DataSourceUtils.getConnection(data), edition, voter)),
                () -> jdbc(() -> ballots(DataSourceUtils.getConnection(data), edition, voter)));
    }

    /** The same rows, one transaction and one commit (one flush) per ballot: what a naive writer would do. */
    private static void rawPerBallot(DataSource data, BenchmarkEdition edition, BenchmarkEdition.Voter voter) {
        jdbc(() -> {
            try (Connection c = data.getConnection()) {
                c.setAutoCommit(false);
                participation(c, edition, voter);
                ballots(c, edition, voter);
                c.commit();
            }
        });
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static void jdbc(Sql sql) {
        try {
            sql.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void participation(Connection c, BenchmarkEdition edition, BenchmarkEdition.Voter voter)
            throws SQLException {
        VoterIdentity person = Identities.pesel(voter.n());
        LocalDate today = LocalDate.now();
        try (PreparedStatement p = c.prepareStatement("insert into participation (edition_id, identity_hash, "
                + "account_id, channel, voted_on, age_band, confirmation_due) values (?, ?, ?, 'ONLINE', ?, ?, false)")) {
            p.setLong(1, edition.id());
            p.setString(2, identityHash(voter));
            p.setLong(3, voter.accountId());
            p.setObject(4, today);
            p.setString(5, AgeBand.on(person.birthDate(), today).label());
            p.executeUpdate();
        }
    }

    private static void ballots(Connection c, BenchmarkEdition edition, BenchmarkEdition.Voter voter)
            throws SQLException {
        List<BallotChoice> ballot = edition.ballot(voter);
        try (PreparedStatement b = c.prepareStatement("insert into ballot (id, edition_id, pool_id, receipt_hash, "
                + "invalid_reason) values (?, ?, ?, ?, null)");
                PreparedStatement ch = c.prepareStatement("insert into ballot_choice (ballot_id, proposal_id, points) "
                        + "values (?, ?, ?)")) {
            String receipt = ReceiptCodes.hash(ReceiptCodes.next());
            for (long pool : List.of(ballot.get(0).poolId(), ballot.get(3).poolId())) {
                String id = UUID.randomUUID().toString();
                b.setString(1, id);
                b.setLong(2, edition.id());
                b.setLong(3, pool);
                b.setString(4, receipt);
                b.executeUpdate();
                for (BallotChoice choice : ballot.stream().filter(x -> x.poolId() == pool).toList()) {
                    ch.setString(1, id);
                    ch.setLong(2, choice.proposalId());
                    ch.setInt(3, choice.points());
                    ch.addBatch();
                }
                ch.executeBatch();
            }
        }
    }

    /** A stand-in for the identity's HMAC, as long as it and as spread out, which also picks the writer's lane. */
    private static String identityHash(BenchmarkEdition.Voter voter) {
        return ReceiptCodes.hash(Identities.peselNumber(voter.n()));
    }

    /** Runs {@code total} casts on {@code concurrent} threads; returns ballots per second, p50 and p99 in ms. */
    private static double[] run(int total, int concurrent, Runnable cast) throws Exception {
        long[] latencies = new long[total];
        var index = new AtomicInteger();
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(concurrent);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < concurrent; t++) {
            done.add(threads.submit(() -> {
                start.await();
                for (int i = index.getAndIncrement(); i < total; i = index.getAndIncrement()) {
                    long began = System.nanoTime();
                    cast.run();
                    latencies[i] = System.nanoTime() - began;
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        long elapsed;
        try {
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            elapsed = System.nanoTime() - began;
        } finally {
            // a failed cast ends the run; without this its idle threads would keep the JVM alive after main
            threads.shutdownNow();
        }
        Arrays.sort(latencies);
        return new double[] {total / (elapsed / 1e9), latencies[total / 2] / 1e6, latencies[total * 99 / 100] / 1e6};
    }
}
