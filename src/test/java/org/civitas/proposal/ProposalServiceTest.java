package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;

import org.civitas.budget.EditionDetails;
import org.civitas.shared.Formats;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalServiceTest extends IntegrationTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    org.civitas.identity.internal.AccountRepository accountRepository;

    EditionDetails edition;

    @BeforeEach
    void edition() {
        edition = fixtures.edition();
    }

    @Test
    void keeps_a_half_written_draft_as_it_stands() {
        var pool = fixtures.districtPool(edition);
        accounts.signIn(accounts.residentOf(pool.districtId()));
        long id = proposals.startDraft(edition.id());
        var form = new ProposalForm();
        form.setTitle("Ła");
        proposals.save(id, form);

        var draft = proposals.edit(id);
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(draft.form().getTitle()).isEqualTo("Ła");
        assertThat(draft.editable()).isTrue();
    }

    @Test
    void submits_a_complete_proposal_keeps_its_first_version_and_mails_the_author() {
        var submitted = fixtures.submitted(edition, "Ławki przy Lipowej");

        var page = catalogue.page(submitted.id(), org.civitas.shared.Language.PL).orElseThrow();
        assertThat(page.status()).isEqualTo(ProposalStatus.COLLECTING_SUPPORT);
        assertThat(page.totalCost()).isEqualByComparingTo("10000");
        assertThat(proposals.versions(submitted.id())).extracting(ProposalVersionSummary::number).containsExactly(1);
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        var mail = TestMail.awaitMail(submitted.author(), "", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("Ławki przy Lipowej").contains("/proposals/" + submitted.id())
                .contains(String.valueOf(today.plusDays(10).getDayOfMonth()));
    }

    @Test
    void refuses_a_cost_above_the_pools_maximum_and_keeps_the_draft() {
        var pool = fixtures.districtPool(edition);
        accounts.signIn(accounts.residentOf(pool.districtId()));
        long id = proposals.startDraft(edition.id());
        var form = fixtures.complete(edition, pool, "Za drogi projekt");
        form.getCostItems().add(new CostItemForm("Fontanna", BigDecimal.ONE, new BigDecimal("35000.01")));

        assertThatThrownBy(() -> proposals.submit(id, form)).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.cost-above");
        assertThat(proposals.edit(id).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void refuses_an_incomplete_proposal_at_submission() {
        var pool = fixtures.districtPool(edition);
        accounts.signIn(accounts.residentOf(pool.districtId()));
        long id = proposals.startDraft(edition.id());
        var form = fixtures.complete(edition, pool, "Bez kosztów");
        form.getCostItems().clear();

        assertThatThrownBy(() -> proposals.submit(id, form)).isInstanceOf(ConstraintViolationException.class);
        assertThat(proposals.edit(id).status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void refuses_submission_after_the_submission_phase() {
        var pool = fixtures.districtPool(edition);
        accounts.signIn(accounts.residentOf(pool.districtId()));
        long id = proposals.startDraft(edition.id());
        clock.advance(Duration.ofDays(11));

        assertThatThrownBy(() -> proposals.submit(id, fixtures.complete(edition, pool, "Spóźniony")))
                .isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey())
                .isIn("proposal.error.submission-closed", "proposal.error.not-editable");
    }

    @Test
    void refuses_an_edit_by_someone_who_is_not_an_author() {
        var submitted = fixtures.submitted(edition, "Cudzy projekt");
        accounts.signIn(accounts.residentOf(submitted.pool().districtId()));

        assertThatThrownBy(() -> proposals.save(submitted.id(), fixtures.complete(edition, submitted.pool(), "Zmiana")))
                .isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.not-author");
    }

    @Test
    void a_visitor_cannot_start_a_draft() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> proposals.startDraft(edition.id())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void keeps_every_version_of_a_submitted_proposal_and_stops_changes_when_verification_starts() {
        var submitted = fixtures.submitted(edition, "Pierwsza wersja");
        var changed = fixtures.complete(edition, submitted.pool(), "Druga wersja");
        proposals.save(submitted.id(), changed);

        assertThat(proposals.versions(submitted.id())).extracting(v -> v.content().getTitle())
                .containsExactly("Druga wersja", "Pierwsza wersja");
        clock.advance(Duration.ofDays(11));
        assertThatThrownBy(() -> proposals.save(submitted.id(), changed)).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.not-editable");
    }

    @Test
    void an_edition_with_a_minimum_age_asks_for_the_date_of_birth_and_refuses_the_too_young() {
        var adultsOnly = fixtures.edition(form -> form.setMinAgeToSubmit(16));
        var pool = fixtures.districtPool(adultsOnly);
        String resident = accounts.residentOf(pool.districtId());
        accounts.signIn(resident);
        assertThatThrownBy(() -> proposals.startDraft(adultsOnly.id())).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.age-unknown");

        var account = accounts.find(resident);
        account.setBirthDate(LocalDate.now().minusYears(15));
        accountRepository.save(account);
        assertThatThrownBy(() -> proposals.startDraft(adultsOnly.id())).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.too-young");

        account = accounts.find(resident);
        account.setBirthDate(LocalDate.now().minusYears(16).minusDays(1));
        accountRepository.save(account);
        long id = proposals.startDraft(adultsOnly.id());
        proposals.submit(id, fixtures.complete(adultsOnly, pool, "Dla dorosłych i dzieci"));
    }

    @Test
    void an_author_withdraws_a_proposal() {
        var submitted = fixtures.submitted(edition, "Do wycofania");
        proposals.withdraw(submitted.id());

        assertThat(proposals.mine()).singleElement().extracting(MyProposal::status).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> proposals.withdraw(submitted.id())).isInstanceOf(ProposalRuleException.class);
    }
}
