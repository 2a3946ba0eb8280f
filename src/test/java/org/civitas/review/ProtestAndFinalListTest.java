package org.civitas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProtestAndFinalListTest extends IntegrationTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ProtestService protests;
    @Autowired
    HearingService hearings;
    @Autowired
    FinalListService finalList;
    @Autowired
    SupportService supports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    org.civitas.proposal.ProposalTimeline timeline;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;
    String official;

    @BeforeEach
    void aRejectedProposal() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Ścieżka rowerowa wzdłuż Prądnika");
        official = accounts.create(Role.OFFICIAL);
        accounts.signIn(official);
        supports.recordPaperSupports(proposal.id(), 15);
        reviews.decide(proposal.id(), false, ReasonTemplate.LAND_NOT_CITY_OWNED, "");
    }

    @Test
    void an_upheld_protest_sends_the_proposal_to_the_final_list_and_every_step_reaches_the_author() {
        accounts.signIn(proposal.author());
        assertThat(protests.state(proposal.id()).open()).isTrue();
        protests.file(proposal.id(), "Działka 12/3 jest gminna, załączam wypis z rejestru.");
        assertThatThrownBy(() -> protests.file(proposal.id(), "Jeszcze raz")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.second");

        accounts.signIn(official);
        long protestId = hearings.protests(edition.id()).get(0).id();
        assertThatThrownBy(() -> finalList.publish(edition.id())).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.final.error.open-protests");
        assertThatThrownBy(() -> hearings.schedule(protestId, Instant.now().minusSeconds(60), "Sala Obrad", ""))
                .isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.hearing-past");
        assertThatThrownBy(() -> hearings.decide(protestId, true, "Za wcześnie")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.no-hearing");
        hearings.schedule(protestId, Instant.now().plus(Duration.ofDays(3)), "Urząd Miasta, pl. Wszystkich Świętych 3-4",
                "Autor, ZZM, Rada Budżetu Obywatelskiego");
        TestMail.awaitMail(proposal.author(), "hearing", Duration.ofSeconds(20));
        assertThatThrownBy(() -> hearings.decide(protestId, true, " ")).isInstanceOf(ReviewRuleException.class);
        hearings.decide(protestId, true, "Wypis potwierdza własność gminy.");
        assertThat(status()).isEqualTo(ProposalStatus.VERIFIED);
        TestMail.awaitMail(proposal.author(), "upheld", Duration.ofSeconds(20));

        assertThat(timeline.of(proposal.id())).filteredOn(step -> step.reasonKey() != null)
                .extracting(org.civitas.proposal.StatusChange::reasonKey, org.civitas.proposal.StatusChange::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("review.reason.land-not-city-owned", ""),
                        org.assertj.core.groups.Tuple.tuple("review.protest.status.upheld", "Wypis potwierdza własność gminy."));
        assertThat(finalList.publish(edition.id())).extracting(p -> p.id()).containsExactly(proposal.id());
        assertThat(status()).isEqualTo(ProposalStatus.ON_BALLOT);
        TestMail.awaitMail(proposal.author(), "final list", Duration.ofSeconds(20));
    }

    @Test
    void a_protest_comes_from_an_author_within_ten_days_with_reasons() {
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        assertThatThrownBy(() -> protests.file(proposal.id(), "Nie zgadzam się")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.not-author");
        accounts.signIn(proposal.author());
        assertThatThrownBy(() -> protests.file(proposal.id(), " ")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.reasons");
        clock.advance(Duration.ofDays(11));
        assertThatThrownBy(() -> protests.file(proposal.id(), "Za późno")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.protest.error.too-late");
        assertThat(protests.state(proposal.id()).open()).isFalse();
    }

    private ProposalStatus status() {
        return catalogue.page(proposal.id(), Language.PL).orElseThrow().status();
    }
}
