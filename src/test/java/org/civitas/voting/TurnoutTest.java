package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TurnoutTest extends IntegrationTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    TurnoutService turnout;
    @Autowired
    ReceiptService receipts;

    @Test
    void officials_see_turnout_live_and_everyone_after_the_close_with_the_receipts() {
        var edition = ballots.edition(new BallotRule(BallotRule.Kind.APPROVAL, 2), -1, 0);
        var city = ballots.cityPool(edition);
        var district = ballots.districtPool(edition);
        long cityProject = ballots.onBallot(edition, city, "Rowery miejskie", new BigDecimal("100000"));
        long districtProject = ballots.onBallot(edition, district, "Ławki", new BigDecimal("10000"));
        accounts.signIn(accounts.residentOf(district.districtId()));
        var first = voting.cast(edition.id(), Identities.pesel(7001) /* born in 1980 */, district.districtId(),
                List.of(new BallotChoice(city.id(), cityProject, 1), new BallotChoice(district.id(), districtProject, 1)));
        accounts.signIn(accounts.residentOf(district.districtId()));
        voting.cast(edition.id(), VoterIdentity.ofDocument(DocumentType.PASSPORT, "GE1234567",
                LocalDate.now().minusYears(20)), district.districtId(), List.of(new BallotChoice(district.id(), districtProject, 1)));

        assertThatThrownBy(() -> turnout.turnout(edition.id())).hasMessageContaining("voting.error.not-closed");
        assertThatThrownBy(() -> receipts.receiptHashes(edition.id())).hasMessageContaining("voting.error.not-closed");
        accounts.signIn(accounts.create(Role.OFFICIAL));
        Turnout live = turnout.turnout(edition.id());
        assertThat(live.closed()).isFalse();
        assertThat(live.voters()).containsEntry(Channel.ONLINE, 2).containsEntry(Channel.PAPER, 0);
        assertThat(live.ageBands()).containsEntry(AgeBand.FROM_18, 1).containsEntry(AgeBand.FROM_45, 1);
        assertThat(live.pools()).filteredOn(p -> p.poolId() == district.id()).singleElement()
                .satisfies(p -> assertThat(p.valid()).isEqualTo(2));
        assertThat(live.pools()).filteredOn(p -> p.poolId() == city.id()).singleElement()
                .satisfies(p -> assertThat(p.valid()).isEqualTo(1));

        clock.advance(Duration.ofDays(1));
        accounts.signIn(accounts.create());
        assertThat(turnout.turnout(edition.id()).totalVoters()).isEqualTo(2);
        assertThat(receipts.receiptHashes(edition.id())).hasSize(2)
                .contains(org.civitas.voting.internal.ReceiptCodes.hash(first.code()));
    }
}
