package org.civitas.results.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.results.ResultsPublished;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class ImplementationServiceTest extends IntegrationTest {

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
    ProposalFixtures.Submitted funded;
    ProposalFixtures.Submitted unfunded;

    @BeforeEach
    void publishedResults() {
        edition = fixtures.edition();
        funded = fixtures.submitted(edition, "Park kieszonkowy na Woli");
        unfunded = fixtures.submitted(edition, "Fontanna na rynku");
        FundedProjects.publish(events, transaction, implementation, edition.id(), List.of(funded.id()),
                List.of(unfunded.id()));
        accounts.signIn(accounts.create(Role.OFFICIAL));
    }

    @Test
    void each_funded_project_is_tracked_once_from_the_published_results_and_its_author_follows_it() {
        transaction.executeWithoutResult(s -> events.publishEvent(
                new ResultsPublished(edition.id(), List.of(funded.id()), List.of(unfunded.id()))));
        FundedProjects.sleep(1500); // a second delivery of the publication must change nothing

        var query = new ImplementationQuery(edition.id(), null, null);
        assertThat(implementation.count(query)).isEqualTo(1);
        var summary = implementation.search(query, 0, 10).get(0);
        assertThat(summary.proposalId()).isEqualTo(funded.id());
        assertThat(summary.title()).isEqualTo("Park kieszonkowy na Woli");
        assertThat(summary.status()).isEqualTo(ImplementationStatus.PLANNED);
        assertThat(summary.progress()).isZero();
        assertThat(summary.poolId()).isEqualTo(funded.pool().id());
        assertThat(implementation.page(unfunded.id(), Language.EN)).isEmpty();
        assertThat(implementation.page(funded.id(), Language.EN).orElseThrow().followers()).isEqualTo(1);
        accounts.signIn(funded.author());
        assertThat(follows.following(funded.id())).isTrue();
    }

    @Test
    void officials_post_dated_updates_that_build_the_timeline_and_filters_follow_the_status() {
        implementation.post(funded.id(), new PostUpdate(ImplementationStatus.IN_DESIGN, 10, "Projekt **zlecony**.", null));
        implementation.post(funded.id(), new PostUpdate(null, 40, "Prace ruszyły.", null));
        implementation.post(funded.id(), new PostUpdate(ImplementationStatus.COMPLETED, null, "Gotowe!", null));

        var page = implementation.page(funded.id(), Language.EN).orElseThrow();
        assertThat(page.summary().status()).isEqualTo(ImplementationStatus.COMPLETED);
        assertThat(page.summary().progress()).as("completed means done").isEqualTo(100);
        assertThat(page.summary().lastUpdate()).isEqualTo(clock.instant().atZone(org.civitas.shared.Formats.CITY_ZONE).toLocalDate());
        assertThat(page.timeline()).extracting(TimelineEntry::text).containsExactly("Gotowe!", "Prace ruszyły.",
                "Projekt **zlecony**.");
        assertThat(page.timeline()).extracting(TimelineEntry::status).containsExactly(ImplementationStatus.COMPLETED,
                ImplementationStatus.IN_DESIGN, ImplementationStatus.IN_DESIGN);
        assertThat(page.timeline()).extracting(TimelineEntry::progress).containsExactly(100, 40, 10);
        assertThat(implementation.count(new ImplementationQuery(edition.id(), ImplementationStatus.COMPLETED, null))).isEqualTo(1);
        assertThat(implementation.count(new ImplementationQuery(edition.id(), ImplementationStatus.PLANNED, null))).isZero();
        assertThat(implementation.count(new ImplementationQuery(edition.id(), null, funded.pool().id() + 1000))).isZero();
    }

    @Test
    void bad_updates_are_refused_with_a_reason_and_change_nothing() {
        assertRefused(new PostUpdate(null, 101, "Za dużo", null), "results.implementation.error.progress-range");
        assertRefused(new PostUpdate(null, -1, "Za mało", null), "results.implementation.error.progress-range");
        assertRefused(new PostUpdate(ImplementationStatus.COMPLETED, 90, "Prawie", null),
                "results.implementation.error.completed-at-100");
        assertRefused(new PostUpdate(ImplementationStatus.CANCELLED, null, "Koniec", "  "),
                "results.implementation.error.reason-required");
        assertRefused(new PostUpdate(ImplementationStatus.IN_PROGRESS, 20, " ", null),
                "results.implementation.error.text-required");

        var page = implementation.page(funded.id(), Language.EN).orElseThrow();
        assertThat(page.summary().status()).isEqualTo(ImplementationStatus.PLANNED);
        assertThat(page.timeline()).isEmpty();
    }

    @Test
    void a_cancelled_project_shows_its_reason() {
        implementation.post(funded.id(), new PostUpdate(ImplementationStatus.CANCELLED, null, "Odwołany.",
                "Działka okazała się prywatna."));

        var page = implementation.page(funded.id(), Language.EN).orElseThrow();
        assertThat(page.summary().status()).isEqualTo(ImplementationStatus.CANCELLED);
        assertThat(page.cancelReason()).isEqualTo("Działka okazała się prywatna.");
        assertThat(page.timeline().get(0).cancelReason()).isEqualTo("Działka okazała się prywatna.");
    }

    @Test
    void a_resident_cannot_post_an_update() {
        accounts.signIn(accounts.create(Role.RESIDENT));

        assertThatThrownBy(() -> implementation.post(funded.id(), new PostUpdate(null, 50, "Hack", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_resident_follows_and_unfollows_a_funded_project() {
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThat(follows.following(funded.id())).isFalse();

        follows.follow(funded.id());
        follows.follow(funded.id());
        assertThat(follows.following(funded.id())).isTrue();
        assertThat(implementation.page(funded.id(), Language.EN).orElseThrow().followers()).isEqualTo(2);

        follows.unfollow(funded.id());
        assertThat(follows.following(funded.id())).isFalse();
        assertThat(implementation.page(funded.id(), Language.EN).orElseThrow().followers()).isEqualTo(1);
    }

    @Test
    void a_visitor_cannot_follow() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(follows.following(funded.id())).isFalse();
        assertThatThrownBy(() -> follows.follow(funded.id())).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(PostUpdate update, String key) {
        assertThatThrownBy(() -> implementation.post(funded.id(), update)).isInstanceOf(ImplementationRuleException.class)
                .extracting(e -> ((ImplementationRuleException) e).messageKey()).isEqualTo(key);
    }
}
