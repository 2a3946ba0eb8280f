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
import org.civitas.voting.internal.ReceiptCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how fast Kraków-shaped ballots (3 city-wide and 3 district projects, ranked) are cast through
 * {@link VotingService#cast} by 1, 8 and 32 concurrent voters, each a distinct resident and PESEL, in a fresh
 * MariaDB test database as the tests use, on an edition of 18 districts with 20 city-wide and 10 projects per
 * district. Beside each: the same rows (participation, 2 ballots, 6 choices, one transaction per ballot)
 * written with plain JDBC over the same connection pool, and the ratio of the two rates. Confirmation mails go
 * to an in-process SMTP server, as in the tests. Run after {@code ./mvnw -q test-compile}:
 *
 * <pre>java -cp "target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.civitas.voting.VotingBenchmark [ballots per level]</pre>
 */
public final class VotingBenchmark {

    private static final int[] VOTERS = {1, 8, 32};

    private VotingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perLevel = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
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
            List<BenchmarkEdition.Voter> voters = edition.voters(perLevel * (VOTERS.length * 2 + 1));
            var next = new AtomicInteger();
            run(Math.min(perLevel, 1_000), 8, () -> viaService(voting, edition, voters.get(next.getAndIncrement())));
            awaitMails(data);
            TestMail.clear();
            System.out.printf("%d ballots per level; connection pool of %s%n", perLevel,
                    context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10"));
            for (int concurrent : VOTERS) {
                double[] service = run(perLevel, concurrent,
                        () -> viaService(voting, edition, voters.get(next.getAndIncrement())));
                // the confirmation mails of the service's ballots are sent before the raw run, not during it
                long mailsFrom = System.nanoTime();
                awaitMails(data);
                double drain = (System.nanoTime() - mailsFrom) / 1e9;
                TestMail.clear();
                double[] raw = run(perLevel, concurrent, () -> viaJdbc(data, edition, voters.get(next.getAndIncrement())));
                System.out.printf("%2d voters  service %6.0f ballots/s (p50 %5.1f ms, p99 %6.1f ms)   raw JDBC %6.0f "
                        + "ballots/s (p50 %5.1f ms, p99 %6.1f ms)   service/raw %.2f   confirmation mails all sent "
                        + "%.0f s after the last ballot%n", concurrent, service[0], service[1], service[2], raw[0],
                        raw[1], raw[2], service[0] / raw[0], drain);
            }
            awaitMails(data);
        }
        TestMail.stop();
    }

    /** Waits (up to ten minutes) until every ballot's confirmation mail has gone out through the outbox. */
    private static void awaitMails(DataSource data) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < until) {
            try (Connection c = data.getConnection(); var rs = c.createStatement().executeQuery(
                    "select count(*) from event_publication where completion_date is null")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static void viaService(VotingService voting, BenchmarkEdition edition, BenchmarkEdition.Voter voter) {
        Residents.signIn(voter.email());
        try {
            voting.cast(edition.id(), Identities.pesel(voter.n()), voter.districtId(), edition.ballot(voter));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** What the service writes for a ballot, without its checks: the floor the service is measured against. */
    private static void viaJdbc(DataSource data, BenchmarkEdition edition, BenchmarkEdition.Voter voter) {
        List<BallotChoice> ballot = edition.ballot(voter);
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into participation (edition_id, identity_hash, "
                    + "account_id, channel, voted_on) values (?, ?, ?, 'ONLINE', ?)");
                    PreparedStatement b = c.prepareStatement("insert into ballot (id, edition_id, pool_id, receipt_hash, "
                            + "invalid_reason) values (?, ?, ?, ?, null)");
                    PreparedStatement ch = c.prepareStatement("insert into ballot_choice (ballot_id, proposal_id, points) "
                            + "values (?, ?, ?)")) {
                p.setLong(1, edition.id());
                p.setString(2, ReceiptCodes.hash(Identities.peselNumber(voter.n())));
                p.setLong(3, voter.accountId());
                p.setObject(4, LocalDate.now());
                p.executeUpdate();
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
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        long elapsed = System.nanoTime() - began;
        threads.shutdown();
        Arrays.sort(latencies);
        return new double[] {total / (elapsed / 1e9), latencies[total / 2] / 1e6, latencies[total * 99 / 100] / 1e6};
    }
}
