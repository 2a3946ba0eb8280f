package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class PaperVotingServiceTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    PaperVotingService paper;
    @Autowired
    VotingService voting;
    @Autowired
    JdbcClient jdbc;

    EditionDetails edition;
    PoolSummary city;
    PoolSummary district;
    List<Long> projects;
    List<Long> districtProjects;
    String first;
    String second;

    @BeforeEach
    void openVote() {
        edition = ballots.openKrakowVote();
        city = ballots.cityPool(edition);
        district = ballots.districtPool(edition);
        projects = ballots.onBallot(edition, city, 4, new BigDecimal("100000"));
        districtProjects = ballots.onBallot(edition, district, 3, new BigDecimal("10000"));
        first = accounts.create(Role.OFFICIAL);
        second = accounts.create(Role.OFFICIAL);
    }

    @Test
    void a_batch_entered_alike_by_two_officials_is_counted_into_the_box_with_its_invalid_cards() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());
        assertThat(paper.batch(batch).status()).isEqualTo(PaperBatchStatus.ENTERING);
        assertThat(enterAndFinish(second, batch, 2, cards())).isEqualTo(PaperBatchStatus.MATCHED);

        assertThat(paper.count(batch)).isEqualTo(3);

        assertThat(paper.batch(batch).status()).isEqualTo(PaperBatchStatus.COUNTED);
        assertThat(jdbc.sql("select count(*) from ballot where edition_id = ? and pool_id = ? and receipt_hash is null")
                .params(edition.id(), city.id()).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select invalid_reason from ballot where edition_id = ? and invalid_reason is not null")
                .param(edition.id()).query(String.class).list()).containsExactly("EMPTY");
        assertThat(jdbc.sql("select sum(points) from ballot_choice c join ballot b on b.id = c.ballot_id where b.edition_id = ?")
                .param(edition.id()).query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void a_mismatch_is_flagged_with_its_position_and_nothing_counts_until_it_is_corrected() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());
        var misread = List.of(cards().get(0), card(1, 0, 2), cards().get(2));
        assertThat(enterAndFinish(second, batch, 2, misread)).isEqualTo(PaperBatchStatus.MISMATCH);

        assertThat(paper.batch(batch).mismatches()).containsExactly(2);
        assertThatThrownBy(() -> paper.count(batch)).hasMessageContaining("voting.paper.error.not-matched");
        assertThat(ballotsIn()).isZero();

        assertThat(enterAndFinish(second, batch, 2, cards())).isEqualTo(PaperBatchStatus.MATCHED);
        assertThat(paper.batch(batch).mismatches()).isEmpty();
        paper.count(batch);
        assertThat(ballotsIn()).isEqualTo(3);
    }

    @Test
    void a_missing_card_in_one_round_is_a_mismatch_at_the_end_of_the_stack() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());
        enterAndFinish(second, batch, 2, cards().subList(0, 2));
        assertThat(paper.batch(batch).mismatches()).containsExactly(3);
    }

    @Test
    void the_same_official_cannot_enter_both_rounds() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());

        assertThatThrownBy(() -> paper.enter(batch, 2, cards())).isInstanceOf(VotingRuleException.class)
                .hasMessageContaining("voting.paper.error.same-official");
        assertThat(paper.roundFor(batch)).hasValue(1);
    }

    @Test
    void the_second_official_sees_neither_the_first_round_nor_may_change_it() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());
        accounts.signIn(second);

        assertThat(paper.roundFor(batch)).hasValue(2);
        assertThatThrownBy(() -> paper.cards(batch, 1)).hasMessageContaining("voting.paper.error.round-taken");
        assertThatThrownBy(() -> paper.enter(batch, 1, cards())).hasMessageContaining("voting.paper.error.round-taken");
    }

    @Test
    void a_batch_cannot_be_counted_twice() {
        long batch = openBatch();
        enterAndFinish(first, batch, 1, cards());
        enterAndFinish(second, batch, 2, cards());
        paper.count(batch);

        assertThatThrownBy(() -> paper.count(batch)).hasMessageContaining("voting.paper.error.counted");
        assertThatThrownBy(() -> paper.enter(batch, 2, cards())).hasMessageContaining("voting.paper.error.closed-batch");
        assertThat(ballotsIn()).isEqualTo(3);
    }

    @Test
    void a_card_read_as_valid_must_keep_the_ballot_rule_or_be_entered_as_invalid() {
        long batch = openBatch();
        accounts.signIn(first);
        var twoMarks = PaperCard.marked(List.of(new BallotChoice(city.id(), projects.get(0), 3),
                new BallotChoice(city.id(), projects.get(1), 2)));

        assertThatThrownBy(() -> paper.enter(batch, 1, List.of(twoMarks))).hasMessageContaining("voting.error.exactly");
        assertThatThrownBy(() -> paper.enter(batch, 1, List.of(PaperCard.marked(List.of()))))
                .hasMessageContaining("voting.paper.error.empty-card");
        paper.enter(batch, 1, List.of(PaperCard.invalid(InvalidReason.TOO_MANY_MARKS)));
        assertThat(paper.cards(batch, 1)).containsExactly(PaperCard.invalid(InvalidReason.TOO_MANY_MARKS));
    }

    @Test
    void online_voting_after_a_paper_ballot_is_refused() {
        accounts.signIn(first);
        paper.issue(edition.id(), Identities.pesel(41));

        accounts.signIn(accounts.residentOf(district.districtId()));
        assertThatThrownBy(() -> voting.cast(edition.id(), Identities.pesel(41), district.districtId(), online()))
                .isInstanceOf(VotingRuleException.class).hasMessageContaining("voting.error.already-voted");
        assertThat(jdbc.sql("select channel from participation where edition_id = ?").param(edition.id())
                .query(String.class).list()).containsExactly("PAPER");
    }

    @Test
    void a_paper_ballot_after_voting_online_is_refused() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        voting.cast(edition.id(), Identities.pesel(42), district.districtId(), online());

        accounts.signIn(first);
        assertThatThrownBy(() -> paper.issue(edition.id(), Identities.pesel(42)))
                .isInstanceOf(VotingRuleException.class).hasMessageContaining("voting.error.already-voted");
    }

    @Test
    void batches_are_neither_entered_nor_counted_after_the_results() {
        var past = ballots.edition(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), -40, -30);
        accounts.signIn(first);
        assertThatThrownBy(() -> paper.openBatch(past.id(), ballots.cityPool(past).id(), "Punkt 1"))
                .hasMessageContaining("voting.paper.error.window");
    }

    @Test
    void a_resident_may_neither_issue_cards_nor_enter_batches() {
        long batch = openBatch();
        accounts.signIn(accounts.residentOf(district.districtId()));

        assertThatThrownBy(() -> paper.issue(edition.id(), Identities.pesel(44))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paper.enter(batch, 1, cards())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paper.batches(edition.id())).isInstanceOf(AccessDeniedException.class);
    }

    private long openBatch() {
        accounts.signIn(first);
        return paper.openBatch(edition.id(), city.id(), "Punkt 7, Rynek Główny");
    }

    private PaperBatchStatus enterAndFinish(String official, long batch, int round, List<PaperCard> cards) {
        accounts.signIn(official);
        paper.enter(batch, round, cards);
        return paper.finish(batch, round);
    }

    /** Two valid Kraków cards and an empty one. */
    private List<PaperCard> cards() {
        return List.of(card(0, 1, 2), card(3, 2, 1), PaperCard.invalid(InvalidReason.EMPTY));
    }

    /** A card ranking three of the city's projects, given by their index, first to third. */
    private PaperCard card(int rank1, int rank2, int rank3) {
        return PaperCard.marked(List.of(new BallotChoice(city.id(), projects.get(rank1), 3),
                new BallotChoice(city.id(), projects.get(rank2), 2), new BallotChoice(city.id(), projects.get(rank3), 1)));
    }

    private List<BallotChoice> online() {
        return List.of(new BallotChoice(city.id(), projects.get(0), 3), new BallotChoice(city.id(), projects.get(1), 2),
                new BallotChoice(city.id(), projects.get(2), 1), new BallotChoice(district.id(), districtProjects.get(0), 3),
                new BallotChoice(district.id(), districtProjects.get(1), 2), new BallotChoice(district.id(), districtProjects.get(2), 1));
    }

    private int ballotsIn() {
        return jdbc.sql("select count(*) from ballot where edition_id = ?").param(edition.id()).query(Integer.class).single();
    }
}
