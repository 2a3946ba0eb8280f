package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class VotingServiceTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    ReceiptService receipts;
    @Autowired
    JdbcClient jdbc;

    EditionDetails edition;
    PoolSummary city;
    PoolSummary district;
    List<Long> cityProjects;
    List<Long> districtProjects;

    @BeforeEach
    void openVote() {
        edition = ballots.openKrakowVote();
        city = ballots.cityPool(edition);
        district = ballots.districtPool(edition);
        cityProjects = ballots.onBallot(edition, city, 4, new BigDecimal("100000"));
        districtProjects = ballots.onBallot(edition, district, 4, new BigDecimal("10000"));
    }

    @Test
    void casts_a_krakow_ballot_and_its_receipt_is_found_in_the_box() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        Receipt receipt = voting.cast(edition.id(), Identities.pesel(1), district.districtId(), krakow());

        assertThat(receipt.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipts.check(receipt.code().toLowerCase())).contains(edition.id());
        assertThat(ballotsIn(edition.id())).isEqualTo(2);
        assertThat(jdbc.sql("select sum(points) from ballot_choice c join ballot b on b.id = c.ballot_id where b.edition_id = ?")
                .param(edition.id()).query(Integer.class).single()).isEqualTo(12);
        assertThat(voting.booth(edition.id(), Language.EN).voted()).isTrue();
    }

    @Test
    void rejects_a_second_ballot_from_the_same_person_even_from_another_account() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        voting.cast(edition.id(), Identities.pesel(2), district.districtId(), krakow());
        accounts.signIn(accounts.residentOf(district.districtId()));

        assertThatThrownBy(() -> voting.cast(edition.id(), Identities.pesel(2), district.districtId(), krakow()))
                .hasMessageContaining("voting.error.already-voted");
        assertThat(ballotsIn(edition.id())).isEqualTo(2);
    }

    @Test
    void rejects_a_second_ballot_from_the_same_account_with_another_identity() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        voting.cast(edition.id(), Identities.pesel(3), district.districtId(), krakow());

        assertThatThrownBy(() -> voting.cast(edition.id(), Identities.pesel(4), district.districtId(), krakow()))
                .hasMessageContaining("voting.error.account-voted");
    }

    @Test
    void rejects_invalid_krakow_ballots_and_stores_nothing() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        var twoCity = new ArrayList<>(krakow());
        twoCity.remove(0);
        assertRefused(twoCity, "voting.error.exactly");
        var sameRank = new ArrayList<>(krakow());
        sameRank.set(0, new BallotChoice(city.id(), cityProjects.get(0), 2));
        assertRefused(sameRank, "voting.error.ranks");
        var twice = new ArrayList<>(krakow());
        twice.set(1, new BallotChoice(city.id(), cityProjects.get(0), 2));
        assertRefused(twice, "voting.error.duplicate");
        var wrongPool = new ArrayList<>(krakow());
        wrongPool.set(0, new BallotChoice(city.id(), districtProjects.get(3), 3));
        assertRefused(wrongPool, "voting.error.not-on-ballot");
        var otherPool = new ArrayList<>(krakow());
        PoolSummary elsewhere = edition.pools().stream().filter(p -> !p.cityWide() && p.id() != district.id()).findFirst().orElseThrow();
        otherPool.add(new BallotChoice(elsewhere.id(), districtProjects.get(3), 1));
        assertRefused(otherPool, "voting.error.other-pool");
        assertThat(ballotsIn(edition.id())).isZero();
        assertThat(votersIn(edition.id())).isZero();
    }

    @Test
    void refuses_a_cast_outside_the_voting_days() {
        var closed = ballots.edition(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), -5, -1);
        accounts.signIn(accounts.residentOf(district.districtId()));
        assertThatThrownBy(() -> voting.cast(closed.id(), Identities.pesel(5), district.districtId(), List.of(
                new BallotChoice(ballots.cityPool(closed).id(), 1, 3)))).hasMessageContaining("voting.error.closed");
        assertThatThrownBy(() -> voting.checkVoter(closed.id(), Identities.pesel(5)))
                .hasMessageContaining("voting.error.closed");
    }

    @Test
    void refuses_a_voter_younger_than_the_editions_minimum_age() {
        var adults = ballots.edition(new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null), -1, 1,
                form -> form.setMinAgeToVote(16));
        accounts.signIn(accounts.residentOf(district.districtId()));
        var child = VoterIdentity.ofDocument(DocumentType.PASSPORT, "FX 1234567", java.time.LocalDate.now().minusYears(12));
        assertThatThrownBy(() -> voting.checkVoter(adults.id(), child)).hasMessageContaining("voting.error.too-young");
        voting.checkVoter(adults.id(), VoterIdentity.ofDocument(DocumentType.PASSPORT, "FX 1234567",
                java.time.LocalDate.now().minusYears(30)));
    }

    @Test
    void a_document_number_is_the_same_person_however_it_is_typed() {
        accounts.signIn(accounts.residentOf(district.districtId()));
        var born = java.time.LocalDate.of(1990, 3, 1);
        voting.cast(edition.id(), VoterIdentity.ofDocument(DocumentType.RESIDENCE_CARD, "rp 123-456", born),
                district.districtId(), krakow());
        accounts.signIn(accounts.residentOf(district.districtId()));
        assertThatThrownBy(() -> voting.checkVoter(edition.id(),
                VoterIdentity.ofDocument(DocumentType.RESIDENCE_CARD, "RP123456", born)))
                .hasMessageContaining("voting.error.already-voted");
        String stored = jdbc.sql("select identity_hash from participation where edition_id = ?").param(edition.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain("123456");
    }

    private void assertRefused(List<BallotChoice> choices, String key) {
        assertThatThrownBy(() -> voting.cast(edition.id(), Identities.pesel(9), district.districtId(), choices))
                .isInstanceOf(VotingRuleException.class).hasMessageContaining(key);
    }

    private List<BallotChoice> krakow() {
        return List.of(new BallotChoice(city.id(), cityProjects.get(0), 3), new BallotChoice(city.id(), cityProjects.get(1), 2),
                new BallotChoice(city.id(), cityProjects.get(2), 1), new BallotChoice(district.id(), districtProjects.get(2), 3),
                new BallotChoice(district.id(), districtProjects.get(0), 2), new BallotChoice(district.id(), districtProjects.get(1), 1));
    }

    private int ballotsIn(long editionId) {
        return jdbc.sql("select count(*) from ballot where edition_id = ?").param(editionId).query(Integer.class).single();
    }

    private int votersIn(long editionId) {
        return jdbc.sql("select count(*) from participation where edition_id = ?").param(editionId).query(Integer.class).single();
    }
}
