package org.civitas.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.Project;
import org.civitas.tally.VoteType;
import org.civitas.voting.BallotExport;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VoteNotClosedException;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BallotExportTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    BallotExport export;

    @Test
    void online_and_counted_paper_ballots_are_exported_with_points_and_random_ids_only_after_the_close() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 200_000, 300_000, 400_000);
        vote.online(0, 1, 2);
        vote.online(3, 0, 1);
        vote.paper(new int[] {0, 2, 3});

        assertThatThrownBy(() -> export.election(vote.edition.id(), vote.city.id()))
                .isInstanceOf(VoteNotClosedException.class).hasMessageContaining("voting.error.not-closed");
        vote.close();
        Election election = export.election(vote.edition.id(), vote.city.id());

        assertThat(election.voteType()).isEqualTo(VoteType.ORDINAL);
        assertThat(election.budget()).isEqualByComparingTo(vote.city.amount());
        assertThat(election.ballots()).hasSize(3);
        assertThat(election.ballots()).allSatisfy(b -> {
            assertThat(b.voterId()).matches("[0-9a-f-]{36}");
            assertThat(b.points()).containsExactly(3L, 2L, 1L);
        });
        assertThat(election.ballots()).extracting(Ballot::projectIds).contains(
                List.of(id(vote, 3), id(vote, 0), id(vote, 1)), List.of(id(vote, 0), id(vote, 2), id(vote, 3)));
        Project first = election.projects().stream().filter(p -> p.id().equals(id(vote, 0))).findFirst().orElseThrow();
        assertThat(first.votes()).isEqualTo(3);
        assertThat(first.score()).hasValue(8);
        assertThat(first.cost()).isEqualByComparingTo("100000");
    }

    private static String id(ResultsVote vote, int index) {
        return String.valueOf(vote.projects.get(index));
    }
}
