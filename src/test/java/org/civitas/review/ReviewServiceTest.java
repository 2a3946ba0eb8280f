package org.civitas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewServiceTest extends IntegrationTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewQueueService queue;
    @Autowired
    AuditService audit;
    @Autowired
    SupportService supports;
    @Autowired
    ProposalService proposals;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    org.civitas.identity.internal.AccountRepository accountRepository;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;
    String official;

    @BeforeEach
    void aProposalInVerification() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Pumptrack na Zakrzówku");
        official = accounts.create(Role.OFFICIAL);
        accounts.signIn(official);
        supports.recordPaperSupports(proposal.id(), 15);
    }

    @Test
    void the_queue_lists_the_proposal_and_filters_by_assignee() {
        assertThat(queue.queue(edition.id(), ReviewFilter.ANY)).extracting(ReviewRow::proposalId).containsExactly(proposal.id());
        long me = accounts.find(official).getId();
        reviews.assign(proposal.id(), null, me);

        assertThat(queue.queue(edition.id(), new ReviewFilter(null, null, null, me, null))).hasSize(1);
        assertThat(queue.queue(edition.id(), new ReviewFilter(null, null, null, 0L, null))).isEmpty();
        assertThat(queue.queue(edition.id(), new ReviewFilter(null, null, null, null, ProposalStatus.VERIFIED))).isEmpty();
    }

    @Test
    void a_negative_decision_needs_a_reason_reaches_the_author_translated_and_is_audited() {
        assertThatThrownBy(() -> reviews.decide(proposal.id(), false, null, "")).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.error.reason-required");
        assertThatThrownBy(() -> reviews.decide(proposal.id(), false, ReasonTemplate.MEETS_ALL_CONDITIONS, ""))
                .isInstanceOf(ReviewRuleException.class);

        reviews.decide(proposal.id(), false, ReasonTemplate.LAND_NOT_CITY_OWNED, "Działka należy do Skarbu Państwa.");

        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
        var mail = TestMail.awaitMail(proposal.author(), "decision", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("The land does not belong to the city.")
                .contains("Działka należy do Skarbu Państwa.").contains("Pumptrack na Zakrzówku");
        accounts.signIn(accounts.create(Role.ADMIN));
        assertThat(audit.of("proposal", proposal.id())).extracting(AuditRecord::action).contains("status", "decision")
                .allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(audit.of("proposal", proposal.id())).filteredOn(r -> r.action().equals("status"))
                .extracting(AuditRecord::after).containsExactly("COLLECTING_SUPPORT", "IN_VERIFICATION", "REJECTED");
        assertThat(audit.of("proposal", proposal.id())).filteredOn(r -> "REJECTED".equals(r.after()))
                .singleElement().satisfies(r -> {
                    assertThat(r.before()).isEqualTo("IN_VERIFICATION");
                    assertThat(r.after()).isEqualTo("REJECTED");
                    assertThat(r.actor()).isEqualTo(official);
                });
        assertThat(new String(audit.csv(), java.nio.charset.StandardCharsets.UTF_8)).contains("REJECTED");
    }

    @Test
    void a_positive_decision_needs_every_check_and_a_reviewer_never_decides_on_their_own_proposal() {
        assertThatThrownBy(() -> reviews.decide(proposal.id(), true, ReasonTemplate.MEETS_ALL_CONDITIONS, ""))
                .isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.error.checks-incomplete");
        reviews.check(proposal.id(), new Checklist(true, true, true, true, true, true, true, true, true));

        var author = accounts.find(proposal.author());
        author.getRoles().add(Role.OFFICIAL);
        accountRepository.save(author);
        accounts.signIn(proposal.author());
        assertThatThrownBy(() -> reviews.decide(proposal.id(), true, ReasonTemplate.MEETS_ALL_CONDITIONS, ""))
                .isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.error.own-proposal");

        accounts.signIn(official);
        reviews.decide(proposal.id(), true, ReasonTemplate.MEETS_ALL_CONDITIONS, "");
        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().status()).isEqualTo(ProposalStatus.VERIFIED);
    }

    @Test
    void a_cost_correction_needs_an_explanation_and_nothing_is_half_saved() {
        assertThatThrownBy(() -> reviews.correctCost(proposal.id(), new BigDecimal("12000"), " "))
                .isInstanceOf(ReviewRuleException.class);
        assertThat(queue.details(proposal.id()).correctedCost()).isNull();

        reviews.correctCost(proposal.id(), new BigDecimal("12000"), "Ceny nawierzchni w 2027 r.");
        var details = queue.details(proposal.id());
        assertThat(details.correctedCost()).isEqualByComparingTo("12000");
        assertThat(details.costExplanation()).isEqualTo("Ceny nawierzchni w 2027 r.");
    }

    @Test
    void the_author_changes_the_proposal_when_asked_and_sends_it_back() {
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        assertThatThrownBy(() -> reviews.requestChanges(proposal.id(), "Doprecyzuj lokalizację.", today))
                .isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.error.deadline-past");
        reviews.requestChanges(proposal.id(), "Doprecyzuj lokalizację.", today.plusDays(7));
        assertThat(queue.queue(edition.id(), new ReviewFilter(null, null, null, null, null, today.plusDays(7)))).hasSize(1);
        assertThat(queue.queue(edition.id(), new ReviewFilter(null, null, null, null, null, today.plusDays(6)))).isEmpty();
        TestMail.awaitMail(proposal.author(), "Changes requested", Duration.ofSeconds(20));

        accounts.signIn(proposal.author());
        var changed = fixtures.complete(edition, proposal.pool(), "Pumptrack na Zakrzówku, przy ul. Wyłom");
        proposals.resubmit(proposal.id(), changed);

        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().status())
                .isEqualTo(ProposalStatus.IN_VERIFICATION);
        assertThat(proposals.versions(proposal.id())).hasSize(2);
    }

    @Test
    void internal_notes_are_for_officials_only() {
        reviews.addNote(proposal.id(), "Sprawdzić własność działki 123/4.");
        assertThat(queue.details(proposal.id()).notes()).extracting(ReviewNoteSummary::text)
                .containsExactly("Sprawdzić własność działki 123/4.");
        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().toString()).doesNotContain("123/4");
        assertThatThrownBy(() -> reviews.addNote(proposal.id(), "")).isInstanceOf(ReviewRuleException.class);
    }
}
