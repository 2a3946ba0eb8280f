package org.civitas.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionForm;
import org.civitas.budget.EditionService;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibReader;
import org.civitas.tally.Tally;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VoteNotClosedException;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ResultsServiceTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    ResultsService results;
    @Autowired
    EditionService editions;

    /** A 1,000,000 PLN pool: A 11 points, B 7, C 4, D 2, E none. */
    private ResultsVote closedVote() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 600_000, 500_000, 300_000, 100_000, 50_000);
        vote.online(0, 1, 2);
        vote.online(0, 1, 3);
        vote.online(1, 0, 2);
        vote.paper(new int[] {0, 2, 3});
        vote.close();
        vote.official();
        return vote;
    }

    @Test
    void the_preview_funds_by_points_and_says_why_each_other_project_lost() {
        var vote = closedVote();

        PoolResult pool = results.preview(vote.edition.id(), Language.EN).pool(vote.city.id()).orElseThrow();

        assertThat(pool.projects()).extracting(ProjectResult::proposalId).containsExactly(vote.projects.toArray(Long[]::new));
        assertThat(pool.projects()).extracting(ProjectResult::points).containsExactly(11L, 7L, 4L, 2L, 0L);
        assertThat(pool.projects()).extracting(ProjectResult::outcome).containsExactly(Outcome.FUNDED,
                Outcome.DID_NOT_FIT, Outcome.FUNDED, Outcome.FUNDED, Outcome.BELOW_THRESHOLD);
        assertThat(pool.projects().get(1).moneyLeft()).isEqualByComparingTo("400000");
        assertThat(pool.projects().get(0).title()).isEqualTo("Projekt A");
        assertThat(pool.moneyLeft()).isEqualByComparingTo("0");
        assertThat(pool.ballots()).isEqualTo(4);
        assertThat(pool.rule()).isEqualTo("greedy-threshold");
    }

    @Test
    void ties_go_to_more_ballots_then_the_cheaper_project_then_the_one_submitted_first() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 100_000, 50_000, 100_000,
                100_000, 100_000);
        vote.online(0, 1, 2);
        vote.online(3, 4, 1);
        vote.online(2, 5, 3);
        vote.close();
        vote.official();

        PoolResult pool = results.preview(vote.edition.id(), Language.EN).pool(vote.city.id()).orElseThrow();

        List<Long> p = vote.projects;
        assertThat(pool.projects()).extracting(ProjectResult::proposalId)
                .containsExactly(p.get(2), p.get(3), p.get(1), p.get(0), p.get(4), p.get(5));
        assertThat(pool.projects()).extracting(ProjectResult::points).containsExactly(4L, 4L, 3L, 3L, 2L, 2L);
    }

    @Test
    void results_are_published_once_and_only_then_readable_by_anyone() {
        var vote = closedVote();
        long edition = vote.edition.id();
        EditionResults preview = results.preview(edition, Language.EN);
        assertThat(results.published(edition, Language.EN)).isEmpty();

        results.publish(edition);

        assertThatThrownBy(() -> results.publish(edition)).isInstanceOf(ResultsRuleException.class)
                .hasMessageContaining("results.error.published");
        accounts.signIn(accounts.create(Role.RESIDENT));
        EditionResults published = results.published(edition, Language.EN).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThat(published.pools()).hasSameSizeAs(vote.edition.pools());
        assertThat(published.pool(vote.city.id()).orElseThrow().projects())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("cost", "moneyLeft")
                .containsExactlyElementsOf(preview.pool(vote.city.id()).orElseThrow().projects());
        assertThat(results.publishedEditions(Language.EN)).extracting(PublishedEdition::editionId).contains(edition);
    }

    @Test
    void the_equal_shares_simulation_stands_beside_the_official_count() {
        var vote = closedVote();

        PoolSimulation simulation = results.simulateEqualShares(vote.edition.id(), vote.city.id(), Language.EN);

        assertThat(simulation.official().funded()).extracting(ProjectResult::title)
                .containsExactly("Projekt A", "Projekt C", "Projekt D");
        PoolResult equalShares = simulation.equalShares();
        assertThat(equalShares.rule()).isEqualTo("equalshares/add1");
        // with 250,000 each, D, C, then B (A's equal at 200,000 a head, but dearer); the add-one steps give every
        // voter 50,000 more, and A, which all four support, then costs 150,000 a head and comes before B
        assertThat(equalShares.funded()).extracting(ProjectResult::title)
                .containsExactlyInAnyOrder("Projekt A", "Projekt C", "Projekt D");
        assertThat(equalShares.funded()).allSatisfy(p -> assertThat(p.effectiveSupport())
                .isPositive().isLessThanOrEqualTo(BigDecimal.valueOf(p.ballots())));
        assertThat(equalShares.moneyLeft()).isEqualByComparingTo("0");
        assertThat(equalShares.projects().get(1).outcome()).isEqualTo(Outcome.NOT_ENOUGH_POINTS);
    }

    @Test
    void an_edition_counted_by_equal_shares_publishes_that_count_and_its_ballots_file_recounts_to_it() throws Exception {
        var vote = closedVote();
        var form = EditionForm.of(editions.details(vote.edition.id()));
        form.setCountingRule(CountingRule.EQUAL_SHARES);
        editions.update(vote.edition.id(), form);

        PoolSimulation simulation = results.simulateEqualShares(vote.edition.id(), vote.city.id(), Language.EN);
        assertThat(simulation.official().rule()).isEqualTo("equalshares/add1");
        assertThat(simulation.equalShares().rule()).isEqualTo("greedy-threshold");

        PoolResult pool = results.publish(vote.edition.id()).pool(vote.city.id()).orElseThrow();
        assertThat(pool.equalShares()).isTrue();
        assertThat(pool.funded()).extracting(ProjectResult::title)
                .containsExactlyInAnyOrder("Projekt A", "Projekt C", "Projekt D");
        assertThat(pool.funded()).allSatisfy(p -> assertThat(p.effectiveSupport()).isPositive());
        Election file = PabulibReader.parse(results.ballotsFile(vote.edition.id(), vote.city.id()));
        assertThat(Tally.count(file).selected()).containsExactlyInAnyOrderElementsOf(
                pool.funded().stream().map(p -> String.valueOf(p.proposalId())).toList());
    }

    @Test
    void a_pool_nobody_voted_in_funds_nothing_by_either_rule() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 200_000);
        vote.close();
        vote.official();
        long district = vote.edition.pools().stream().filter(p -> !p.cityWide()).findFirst().orElseThrow().id();

        PoolSimulation city = results.simulateEqualShares(vote.edition.id(), vote.city.id(), Language.EN);
        PoolSimulation empty = results.simulateEqualShares(vote.edition.id(), district, Language.EN);

        assertThat(city.official().funded()).isEmpty();
        assertThat(city.equalShares().funded()).isEmpty();
        assertThat(city.equalShares().projects()).extracting(ProjectResult::outcome)
                .containsOnly(Outcome.NOT_ENOUGH_POINTS);
        assertThat(city.official().moneyLeft()).isEqualByComparingTo(vote.city.amount());
        assertThat(empty.equalShares().projects()).isEmpty();
    }

    @Test
    void nothing_is_counted_before_the_vote_closes_and_a_resident_cannot_preview() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 200_000, 300_000);
        vote.online(0, 1, 2);
        vote.official();
        assertThatThrownBy(() -> results.preview(vote.edition.id(), Language.EN))
                .isInstanceOf(VoteNotClosedException.class);
        assertThatThrownBy(() -> results.publish(vote.edition.id())).isInstanceOf(VoteNotClosedException.class);

        vote.close();
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> results.preview(vote.edition.id(), Language.EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.publish(vote.edition.id())).isInstanceOf(AccessDeniedException.class);
    }
}
