package org.civitas.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibReader;
import org.civitas.tally.Rule;
import org.civitas.tally.Tally;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class BallotsRoundTripTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    ResultsService results;

    @Test
    void the_published_ballots_read_back_and_recounted_give_the_published_result() throws Exception {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 400_000, 300_000, 300_000, 250_000,
                200_000, 150_000);
        vote.online(0, 1, 2);
        vote.online(1, 2, 3);
        vote.online(4, 5, 0);
        vote.online(1, 0, 5);
        vote.paper(new int[] {2, 1, 0}, new int[] {3, 4, 5});
        vote.close();
        vote.official();
        PoolResult published = results.publish(vote.edition.id()).pool(vote.city.id()).orElseThrow();
        PoolSimulation simulation = results.simulateEqualShares(vote.edition.id(), vote.city.id(), Language.EN);
        SecurityContextHolder.clearContext();

        var response = http.getForEntity("/api/v1/editions/" + vote.edition.id() + "/ballots.pb?pool="
                + vote.city.id(), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Election election = PabulibReader.parse(response.getBody());
        assertThat(election.ballots()).hasSize(6);
        assertThat(response.getBody()).doesNotContain("@example.org");
        assertThat(Tally.count(election).selected()).containsExactlyElementsOf(ids(published));
        assertThat(Tally.count(election, Rule.EQUAL_SHARES).selected())
                .containsExactlyInAnyOrderElementsOf(ids(simulation.equalShares()));
        assertThat(published.funded()).isNotEmpty().hasSizeLessThan(6);
    }

    private static List<String> ids(PoolResult pool) {
        return pool.funded().stream().map(p -> String.valueOf(p.proposalId())).toList();
    }
}
