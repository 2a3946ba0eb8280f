package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class CommentsAndModerationTest extends IntegrationTest {

    @Autowired
    CommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;
    String neighbour;

    @BeforeEach
    void aProposal() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Kino letnie na Zabłociu");
        neighbour = accounts.residentOf(proposal.pool().districtId());
        accounts.signIn(neighbour);
    }

    @Test
    void residents_discuss_in_threads_and_anyone_reads_them_page_by_page() {
        comments.post(proposal.id(), null, "Świetny pomysł!");
        long first = comments.page(proposal.id(), 0, 10).get(0).id();
        accounts.signIn(proposal.author());
        comments.post(proposal.id(), first, "Dziękuję!");
        for (int i = 0; i < 3; i++) {
            comments.post(proposal.id(), null, "Wątek " + i);
        }
        SecurityContextHolder.clearContext();

        assertThat(comments.threads(proposal.id())).isEqualTo(4);
        var page = comments.page(proposal.id(), 0, 2);
        assertThat(page).extracting(CommentView::text).containsExactly("Świetny pomysł!", "Wątek 0");
        assertThat(page.get(0).replies()).extracting(CommentView::text).containsExactly("Dziękuję!");
        assertThat(comments.page(proposal.id(), 2, 2)).extracting(CommentView::text).containsExactly("Wątek 1", "Wątek 2");
        assertThatThrownBy(() -> comments.post(proposal.id(), null, "Anonim"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void refuses_an_empty_comment_and_a_second_report_and_closes_after_verification() {
        assertThatThrownBy(() -> comments.post(proposal.id(), null, " ")).isInstanceOf(ProposalRuleException.class);
        comments.report(ReportTarget.PROPOSAL, proposal.id(), ReportReason.OFF_TOPIC);
        assertThatThrownBy(() -> comments.report(ReportTarget.PROPOSAL, proposal.id(), ReportReason.OFFENSIVE))
                .isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.report.already");
        clock.advance(Duration.ofDays(41));
        assertThatThrownBy(() -> comments.post(proposal.id(), null, "Za późno")).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.comment.closed");
    }

    @Test
    void a_moderator_hides_a_reported_comment_with_a_public_reason_and_its_author_is_told() {
        comments.post(proposal.id(), null, "Obraźliwy wpis");
        long id = comments.page(proposal.id(), 0, 10).get(0).id();
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        comments.report(ReportTarget.COMMENT, id, ReportReason.OFFENSIVE);

        accounts.signIn(accounts.create(Role.OFFICIAL));
        assertThat(moderation.open()).filteredOn(r -> r.targetId() == id).singleElement()
                .satisfies(r -> assertThat(r.excerpt()).isEqualTo("Obraźliwy wpis"));
        assertThatThrownBy(() -> moderation.hide(ReportTarget.COMMENT, id, "")).isInstanceOf(ProposalRuleException.class);
        moderation.hide(ReportTarget.COMMENT, id, "Narusza regulamin: obraża innych.");

        var shown = comments.page(proposal.id(), 0, 10).get(0);
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.text()).isNull();
        assertThat(moderation.open()).noneMatch(r -> r.targetId() == id && r.target() == ReportTarget.COMMENT);
        var mail = TestMail.awaitMail(neighbour, "comment", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("Narusza regulamin");
    }

    @Test
    void a_hidden_proposal_leaves_the_catalogue_and_its_page_says_why() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        moderation.hide(ReportTarget.PROPOSAL, proposal.id(), "Reklama firmy, nie projekt.");

        assertThat(catalogue.count(CatalogueQuery.of(edition.id(), Language.PL))).isZero();
        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().hiddenReason())
                .isEqualTo("Reklama firmy, nie projekt.");
        TestMail.awaitMail(proposal.author(), "hid your proposal", Duration.ofSeconds(20));
    }
}
