package org.civitas.results;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.TestAccounts;
import org.civitas.support.TestClock;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.PaperCard;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingService;
import org.civitas.voting.Identities;

/**
 * A Kraków-points vote in the city-wide pool (district pool left empty, so a ballot holds three city projects),
 * cast through the real services: online ballots and a paper batch entered by two officials; then closed by
 * moving the clock past the last voting day.
 */
public final class ResultsVote {

    /** Identities never repeat within the test JVM, so no two tests' voters collide. */
    private static final AtomicInteger PERSON = new AtomicInteger(7_000);

    public final EditionDetails edition;
    public final PoolSummary city;
    public final List<Long> projects = new ArrayList<>();
    public final List<String> voters = new ArrayList<>();
    private final VotingService voting;
    private final PaperVotingService paper;
    private final TestAccounts accounts;
    private final TestClock clock;

    public ResultsVote(BallotFixtures ballots, VotingService voting, PaperVotingService paper, TestAccounts accounts,
            TestClock clock, long... costs) {
        this.voting = voting;
        this.paper = paper;
        this.accounts = accounts;
        this.clock = clock;
        edition = ballots.edition(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), -1, 1);
        city = ballots.cityPool(edition);
        for (int i = 0; i < costs.length; i++) {
            projects.add(ballots.onBallot(edition, city, "Projekt " + (char) ('A' + i), BigDecimal.valueOf(costs[i])));
        }
    }

    /** An online ballot ranking the projects of these indexes first, second and third; returns the voter. */
    public String online(int first, int second, int third) {
        String voter = accounts.residentOf(district().districtId());
        accounts.signIn(voter);
        VoterIdentity person = Identities.pesel(PERSON.incrementAndGet());
        voting.cast(edition.id(), person, district().districtId(), marks(first, second, third));
        voters.add(voter);
        return voter;
    }

    /** A paper batch of these cards (each three indexes), entered alike by two officials and counted. */
    public void paper(int[]... cards) {
        var read = java.util.Arrays.stream(cards).map(c -> PaperCard.marked(marks(c[0], c[1], c[2]))).toList();
        String first = accounts.create(Role.OFFICIAL);
        String second = accounts.create(Role.OFFICIAL);
        accounts.signIn(first);
        long batch = paper.openBatch(edition.id(), city.id(), "Punkt " + PERSON.incrementAndGet());
        paper.enter(batch, 1, read);
        paper.finish(batch, 1);
        accounts.signIn(second);
        paper.enter(batch, 2, read);
        paper.finish(batch, 2);
        paper.count(batch);
    }

    public void close() {
        clock.advance(Duration.ofDays(2));
    }

    public String official() {
        String official = accounts.create(Role.OFFICIAL);
        accounts.signIn(official);
        return official;
    }

    private PoolSummary district() {
        return edition.pools().stream().filter(p -> !p.cityWide()).findFirst().orElseThrow();
    }

    private List<BallotChoice> marks(int first, int second, int third) {
        return List.of(new BallotChoice(city.id(), projects.get(first), 3),
                new BallotChoice(city.id(), projects.get(second), 2),
                new BallotChoice(city.id(), projects.get(third), 1));
    }
}
