package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.civitas.budget.EditionDetails;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MergeServiceTest extends IntegrationTest {

    @Autowired
    MergeService merges;
    @Autowired
    ProposalService proposals;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;

    EditionDetails edition;
    ProposalFixtures.Submitted into;
    ProposalFixtures.Submitted from;

    @BeforeEach
    void twoSimilarProposals() {
        edition = fixtures.edition();
        into = fixtures.submitted(edition, "Zieleń na placu Wolnica");
        from = fixtures.submitted(edition, "Drzewa na placu Wolnica");
    }

    @Test
    void two_proposals_merge_when_both_authors_agree() {
        assertThat(merges.candidates(into.id())).extracting(MyProposal::id).containsExactly(from.id());
        merges.propose(from.id(), into.id());
        assertThatThrownBy(() -> merges.propose(from.id(), into.id())).isInstanceOf(ProposalRuleException.class);

        accounts.signIn(into.author());
        var request = merges.waiting();
        assertThat(request).singleElement().extracting(MergeRequest::fromTitle).isEqualTo("Drzewa na placu Wolnica");
        merges.answer(request.get(0).mergeId(), true);

        var merged = catalogue.page(from.id(), Language.PL).orElseThrow();
        assertThat(merged.status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(merged.mergedIntoId()).isEqualTo(into.id());
        accounts.signIn(from.author());
        assertThat(proposals.edit(into.id()).editable()).as("the merged author now co-authors the other").isTrue();
        assertThat(merges.waiting()).isEmpty();
    }

    @Test
    void a_declined_merge_changes_nothing_and_a_late_one_is_refused() {
        merges.propose(from.id(), into.id());
        accounts.signIn(into.author());
        merges.answer(merges.waiting().get(0).mergeId(), false);
        assertThat(catalogue.page(from.id(), Language.PL).orElseThrow().status())
                .isEqualTo(ProposalStatus.COLLECTING_SUPPORT);

        accounts.signIn(from.author());
        clock.advance(Duration.ofDays(100));
        assertThatThrownBy(() -> merges.propose(from.id(), into.id())).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.merge.too-late");
    }

    @Test
    void only_an_author_of_the_other_proposal_answers() {
        merges.propose(from.id(), into.id());
        long mergeId = merges.waiting().isEmpty() ? -1 : merges.waiting().get(0).mergeId();
        assertThat(mergeId).as("the asking author sees no request to answer").isEqualTo(-1);
        accounts.signIn(into.author());
        long id = merges.waiting().get(0).mergeId();
        accounts.signIn(accounts.residentOf(into.pool().districtId()));
        assertThatThrownBy(() -> merges.answer(id, true)).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.error.not-author");
    }
}
