package org.civitas.review.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.review.ReasonTemplate;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

class ReviewViewsTest extends KaribuTest {

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    SupportService supports;
    @Autowired
    CatalogueService catalogue;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;

    @BeforeEach
    void aProposalInVerification() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Siłownia plenerowa w Parku Jordana");
        String official = accounts.create(Role.OFFICIAL);
        accounts.signIn(official);
        supports.recordPaperSupports(proposal.id(), 15);
        signIn(official);
    }

    @Test
    void the_queue_shows_the_newest_editions_proposals_under_review() {
        open("review", Language.EN);

        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, s -> s.withId("review-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        List<String> row = _getFormattedRow(grid, 0);
        assertThat(row).contains("In verification");
    }

    @Test
    void an_official_decides_negatively_with_a_reason_and_a_missing_reason_is_refused_in_their_language() {
        open("review/" + proposal.id(), Language.PL);
        assertThat(_get(H1.class, s -> s.withId("review-title")).getText()).isEqualTo("Siłownia plenerowa w Parku Jordana");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> outcome = _get(RadioButtonGroup.class, s -> s.withId("review-decision-outcome"));
        _setValue(outcome, false);
        _click(_get(Button.class, s -> s.withId("review-decide")));
        NotificationsKt.expectNotifications("Wybierz wynik i pasujące do niego uzasadnienie.");
        assertThat(status()).isEqualTo(ProposalStatus.IN_VERIFICATION);

        @SuppressWarnings("unchecked")
        Select<ReasonTemplate> reason = _get(Select.class, s -> s.withId("review-decision-reason"));
        _setValue(reason, ReasonTemplate.AGAINST_CITY_PLANS);
        _setValue(_get(TextArea.class, s -> s.withId("review-decision-text")), "Teren przeznaczony pod zieleń niską.");
        _click(_get(Button.class, s -> s.withId("review-decide")));

        assertThat(status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("review/" + proposal.id());
    }

    private ProposalStatus status() {
        return catalogue.page(proposal.id(), Language.PL).orElseThrow().status();
    }
}
