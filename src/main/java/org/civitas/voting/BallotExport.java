package org.civitas.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.shared.Language;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.Project;
import org.civitas.tally.VoteType;
import org.civitas.voting.internal.BallotBox;
import org.civitas.voting.internal.BallotContents;
import org.civitas.voting.internal.VotingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool's valid ballots, online and counted paper ones, as the counting library takes them, once the vote has
 * closed. Voter ids are the ballot box's random row ids, so nothing in the export leads back to a person; the
 * participation register is never read here.
 */
@Service
@Transactional(readOnly = true)
public class BallotExport {

    private final BallotContents contents;
    private final BallotBox box;
    private final VotingCalendar calendar;

    BallotExport(BallotContents contents, BallotBox box, VotingCalendar calendar) {
        this.contents = contents;
        this.box = box;
        this.calendar = calendar;
    }

    /**
     * The pool's vote: its projects on the final list (by title, with points as score and ballots as votes), its
     * budget, and its ballots ordered by their random ids. Projects a ballot lists are always among the projects.
     *
     * @throws java.util.NoSuchElementException for an unknown edition
     * @throws VotingRuleException              for a pool of another edition
     * @throws VoteNotClosedException           until the vote has closed
     */
    public Election election(long editionId, long poolId) {
        EditionDetails edition = contents.edition(editionId, Language.DEFAULT);
        PoolBallot pool = contents.pool(editionId, poolId, Language.DEFAULT);
        if (!calendar.closed(edition)) {
            throw new VoteNotClosedException(calendar.voting(edition).end());
        }
        Map<String, List<BallotChoice>> marks = box.validChoices(editionId, poolId);
        List<Ballot> ballots = new ArrayList<>(marks.size());
        Map<Long, long[]> tallies = new LinkedHashMap<>();
        pool.projects().forEach(p -> tallies.put(p.id(), new long[2]));
        VoteType type = voteType(edition.ballotRule());
        marks.forEach((ballotId, choices) -> {
            // most points first: a Kraków ballot then reads from rank 1 (3 points) down, as pabulib's ordinal files do;
            // a project no longer on the list (none should be) is left out rather than failing the whole count
            var ordered = choices.stream().filter(c -> tallies.containsKey(c.proposalId()))
                    .sorted(Comparator.comparingInt(BallotChoice::points).reversed()
                            .thenComparingLong(BallotChoice::proposalId)).toList();
            ordered.forEach(c -> {
                tallies.get(c.proposalId())[0]++;
                tallies.get(c.proposalId())[1] += c.points();
            });
            if (!ordered.isEmpty()) {
                ballots.add(new Ballot(ballotId,
                        ordered.stream().map(c -> String.valueOf(c.proposalId())).toList(),
                        type == VoteType.APPROVAL ? List.of() : ordered.stream().map(c -> (long) c.points()).toList(),
                        Map.of()));
            }
        });
        List<Project> projects = pool.projects().stream().map(p -> project(p, tallies.get(p.id()))).toList();
        return Election.of(pool.amount(), type, projects, ballots);
    }

    private static Project project(BallotProject p, long[] tally) {
        return new Project(String.valueOf(p.id()), p.cost(), tally[0], OptionalLong.of(tally[1]), p.title(),
                OptionalInt.empty(), Map.of());
    }

    /** Knapsack ballots are counted as approval ballots of the projects picked, with the pool as the budget. */
    static VoteType voteType(BallotRule rule) {
        return switch (rule.kind()) {
            case KRAKOW_POINTS -> VoteType.ORDINAL;
            case CUMULATIVE -> VoteType.CUMULATIVE;
            case APPROVAL, KNAPSACK -> VoteType.APPROVAL;
        };
    }
}
