package org.civitas.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.EditionDetails;
import org.civitas.proposal.ProposalCard;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.QueryParameters;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    ProposalFixtures fixtures;

    EditionDetails edition;

    @BeforeEach
    void twoProposals() {
        edition = fixtures.edition();
        fixtures.submitted(edition, "Ławki w parku Bednarskiego");
        fixtures.submitted(edition, "Stojaki rowerowe przy szkole");
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_browses_and_searches_an_editions_proposals() {
        open("proposals", Language.EN);
        UI.getCurrent().navigate("proposals", QueryParameters.of("edition", String.valueOf(edition.id())));
        assertThat(cards()).extracting(ProposalCard::title).containsExactlyInAnyOrder("Ławki w parku Bednarskiego",
                "Stojaki rowerowe przy szkole");
        assertThat(_get(Span.class, s -> s.withId("catalogue-count")).getText()).isEqualTo("2 proposals found");

        _setValue(_get(TextField.class, s -> s.withId("catalogue-search")), "rowerowe");

        assertThat(cards()).extracting(ProposalCard::title).containsExactly("Stojaki rowerowe przy szkole");
        assertThat(_get(Span.class, s -> s.withId("catalogue-count")).getText()).isEqualTo("1 proposal found");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<ProposalCard> cards() {
        return VirtualListsKt._findAll(_get(VirtualList.class, s -> s.withId("catalogue-list")));
    }
}
