package org.civitas.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

class ProposalViewTest extends KaribuTest {

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    org.civitas.proposal.ProposalService proposals;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;

    @BeforeEach
    void submitted() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Skwer z ławkami");
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_reads_the_proposal_with_its_rendered_description_and_is_asked_to_sign_in_to_support() {
        open("proposals/" + proposal.id(), Language.EN);

        assertThat(_get(H1.class, s -> s.withId("proposal-title")).getText()).isEqualTo("Skwer z ławkami");
        assertThat(_get(H1.class, s -> s.withId("proposal-title")).getElement().getAttribute("lang")).isEqualTo("pl");
        assertThat(_get(Div.class, s -> s.withId("proposal-description")).getElement().getProperty("innerHTML"))
                .contains("<strong>drzewa</strong>").contains("<li>trzy ławki</li>");
        assertThat(_get(Paragraph.class, s -> s.withId("support-count")).getText()).isEqualTo("0 of 15 supporters needed");
        assertThat(_get(Paragraph.class, s -> s.withId("support-refusal")).getText())
                .isEqualTo("Sign in to support this proposal.");
        assertThat(_find(Button.class, s -> s.withId("support-button"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                .anySatisfy(t -> assertThat(t).endsWith(": Collecting supporters"));
    }

    @Test
    void the_page_shows_every_kept_version_after_a_change() {
        accounts.signIn(proposal.author());
        proposals.save(proposal.id(), fixtures.complete(edition, proposal.pool(), "Skwer z ławkami i drzewami"));
        SecurityContextHolder.clearContext();
        open("proposals/" + proposal.id(), Language.EN);

        assertThat(_get(H1.class, s -> s.withId("proposal-title")).getText()).isEqualTo("Skwer z ławkami i drzewami");
        assertThat(_find(com.vaadin.flow.component.details.Details.class)).extracting(d -> d.getSummaryText())
                .anySatisfy(t -> assertThat(t).startsWith("Version 2, saved"))
                .anySatisfy(t -> assertThat(t).startsWith("Version 1, saved"));
    }

    @Test
    void a_resident_of_the_district_supports_with_one_click() {
        signIn(accounts.residentOf(proposal.pool().districtId()));
        open("proposals/" + proposal.id(), Language.EN);

        _click(_get(Button.class, s -> s.withId("support-button")));

        assertThat(_get(Paragraph.class, s -> s.withId("support-count")).getText()).isEqualTo("1 of 15 supporters needed");
        assertThat(_find(Button.class, s -> s.withId("support-button"))).isEmpty();
    }

    @Test
    void a_resident_joins_the_discussion() {
        signIn(accounts.residentOf(proposal.pool().districtId()));
        open("proposals/" + proposal.id(), Language.EN);

        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("comment-text")),
                "Please add shade for the benches.");
        _click(_get(Button.class, s -> s.withId("comment-post")));

        assertThat(_find(Paragraph.class, s -> s.withText("Please add shade for the benches."))).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withText("Discussion (1)"))).isNotNull();
    }

    @Test
    void an_official_enters_the_paper_count_and_the_proposal_goes_to_verification() {
        signIn(accounts.create(Role.OFFICIAL));
        open("proposals/" + proposal.id(), Language.EN);

        _setValue(_get(IntegerField.class, s -> s.withId("paper-count")), 15);
        _click(_get(Button.class, s -> s.withId("paper-save")));

        assertThat(_get(Paragraph.class, s -> s.withId("support-count")).getText())
                .isEqualTo("15 of 15 supporters needed");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withText("In verification"))).isNotEmpty();
    }
}
