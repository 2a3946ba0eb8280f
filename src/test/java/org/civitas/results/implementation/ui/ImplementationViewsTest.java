package org.civitas.results.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.results.implementation.FollowService;
import org.civitas.results.implementation.FundedProjects;
import org.civitas.results.implementation.ImplementationQuery;
import org.civitas.results.implementation.ImplementationService;
import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.PostUpdate;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

class ImplementationViewsTest extends KaribuTest {

    @Autowired
    ImplementationService implementation;
    @Autowired
    FollowService follows;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    EditionDetails edition;
    ProposalFixtures.Submitted project;

    @BeforeEach
    void aFundedProject() {
        edition = fixtures.edition();
        project = fixtures.submitted(edition, "Plac zabaw przy Lipowej");
        FundedProjects.publish(events, transaction, implementation, edition.id(), List.of(project.id()), List.of());
        accounts.signIn(accounts.create(Role.OFFICIAL));
        implementation.post(project.id(), new PostUpdate(ImplementationStatus.TENDERING, 20, "Przetarg **ogłoszony**.", null));
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_sees_the_funded_projects_of_the_edition_with_their_progress_and_filters_by_status() {
        open("", Language.EN);
        com.vaadin.flow.component.UI.getCurrent().navigate("implementation",
                com.vaadin.flow.router.QueryParameters.of("edition", String.valueOf(edition.id())));

        assertThat(_get(H1.class).getText()).isEqualTo("Implementation of funded projects");
        assertThat(_get(Span.class, s -> s.withId("implementation-count")).getText()).isEqualTo("Projects: 1");
        @SuppressWarnings("unchecked")
        Select<ImplementationStatus> status = _get(Select.class, s -> s.withId("implementation-status-filter"));
        status.setValue(ImplementationStatus.COMPLETED);
        assertThat(_get(Span.class, s -> s.withId("implementation-count")).getText()).isEqualTo("Projects: 0");
        status.setValue(ImplementationStatus.TENDERING);
        assertThat(_get(Span.class, s -> s.withId("implementation-count")).getText()).isEqualTo("Projects: 1");
        assertThat(implementation.search(new ImplementationQuery(edition.id(), ImplementationStatus.TENDERING, null), 0, 10))
                .extracting(p -> p.title()).containsExactly("Plac zabaw przy Lipowej");
    }

    @Test
    void a_visitor_reads_the_project_page_with_its_rendered_timeline_and_is_asked_to_sign_in_to_follow() {
        open("implementation/" + project.id(), Language.EN);

        assertThat(_get(H1.class, s -> s.withId("implementation-title")).getText()).isEqualTo("Plac zabaw przy Lipowej");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Tendering", "20 %");
        assertThat(_get(H3.class).getText()).endsWith(" · Tendering · 20 %");
        assertThat(_get(Div.class, s -> s.withClasses("implementation-text")).getElement().getProperty("innerHTML"))
                .contains("<strong>ogłoszony</strong>");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Sign in to follow this project and get its updates by mail.");
        assertThat(_find(Button.class, s -> s.withId("implementation-follow"))).isEmpty();
        assertThat(_find(FormLayout.class, s -> s.withId("implementation-update-form"))).isEmpty();
    }

    @Test
    void the_funded_proposal_page_links_to_its_implementation_and_an_unfunded_one_does_not() {
        var unfunded = fixtures.submitted(edition, "Fontanna");
        SecurityContextHolder.clearContext();
        open("proposals/" + project.id(), Language.EN);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("proposal-implementation")).getHref())
                .isEqualTo("implementation/" + project.id());

        open("proposals/" + unfunded.id(), Language.EN);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("proposal-implementation"))).isEmpty();
    }

    @Test
    void an_official_posts_an_update_and_a_refused_one_explains_why() {
        signIn(accounts.create(Role.OFFICIAL));
        open("implementation/" + project.id(), Language.EN);

        _setValue(_get(IntegerField.class, s -> s.withId("implementation-form-progress")), 120);
        _setValue(_get(TextArea.class, s -> s.withId("implementation-form-text")), "Za dużo");
        _click(_get(Button.class, s -> s.withId("implementation-form-post")));
        assertThat(implementation.page(project.id(), Language.EN).orElseThrow().timeline()).hasSize(1);

        @SuppressWarnings("unchecked")
        Select<ImplementationStatus> status = _get(Select.class, s -> s.withId("implementation-form-status"));
        status.setValue(ImplementationStatus.IN_PROGRESS);
        _setValue(_get(IntegerField.class, s -> s.withId("implementation-form-progress")), 55);
        _setValue(_get(TextArea.class, s -> s.withId("implementation-form-text")), "Budowa trwa.");
        _click(_get(Button.class, s -> s.withId("implementation-form-post")));

        var page = implementation.page(project.id(), Language.EN).orElseThrow();
        assertThat(page.summary().status()).isEqualTo(ImplementationStatus.IN_PROGRESS);
        assertThat(page.summary().progress()).isEqualTo(55);
        assertThat(_find(H3.class)).hasSize(2).first().extracting(H3::getText).asString().endsWith(" · In progress · 55 %");
    }

    @Test
    void a_resident_follows_and_unfollows_with_one_click() {
        String resident = accounts.create(Role.RESIDENT);
        signIn(resident);
        open("implementation/" + project.id(), Language.EN);
        assertThat(_find(FormLayout.class, s -> s.withId("implementation-update-form"))).isEmpty();

        _click(_get(Button.class, s -> s.withId("implementation-follow")));
        assertThat(follows.following(project.id())).isTrue();
        assertThat(_get(Button.class, s -> s.withId("implementation-follow")).getText()).isEqualTo("Unfollow");
        assertThat(_get(Span.class, s -> s.withId("implementation-followers")).getText()).isEqualTo("Followers: 2");

        _click(_get(Button.class, s -> s.withId("implementation-follow")));
        assertThat(follows.following(project.id())).isFalse();
        assertThat(_get(Button.class, s -> s.withId("implementation-follow")).getText()).isEqualTo("Follow");
    }
}
