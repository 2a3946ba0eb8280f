package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.identity.Role;
import org.civitas.identity.ui.LoginView;
import org.civitas.proposal.BallotFixtures;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.shared.Language;
import org.civitas.shell.ui.NotFoundView;
import org.civitas.support.KaribuTest;
import org.civitas.voting.PaperVotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

/** Every route, opened by a visitor, a resident, an official and an admin: each gets exactly the pages of its role. */
class RouteAccessTest extends KaribuTest {

    private static final String VISITOR = "visitor";

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    PaperVotingService paper;
    @Autowired
    org.civitas.results.implementation.ImplementationService implementation;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void each_role_opens_exactly_its_pages() {
        var edition = fixtures.edition();
        var proposal = fixtures.submitted(edition, "Ławki przy Błoniach");
        long id = proposal.id();
        long batch = paperBatch();
        org.civitas.results.implementation.FundedProjects.publish(events, transaction, implementation, edition.id(),
                List.of(id), List.of());
        Set<String> everyone = Set.of(VISITOR, "RESIDENT", "OFFICIAL", "ADMIN");
        Set<String> signedIn = Set.of("RESIDENT", "OFFICIAL", "ADMIN");
        Map<String, Set<String>> routes = new LinkedHashMap<>();
        routes.put("", everyone);
        routes.put("guide", everyone);
        routes.put("proposals", everyone);
        routes.put("proposals/" + id, everyone);
        routes.put("my-proposals", signedIn);
        routes.put("proposals/" + id + "/edit", signedIn);
        routes.put("proposals/" + id + "/protest", signedIn);
        routes.put("profile", signedIn);
        routes.put("notifications", signedIn);
        routes.put("vote", signedIn);
        routes.put("vote/" + edition.id(), signedIn);
        routes.put("vote/check", everyone);
        routes.put("turnout", everyone);
        routes.put("results", everyone);
        routes.put("results/" + edition.id(), everyone);
        routes.put("results/" + edition.id() + "/preview", Set.of("OFFICIAL", "ADMIN"));
        routes.put("implementation", everyone);
        routes.put("implementation/" + id, everyone);
        routes.put("review", Set.of("OFFICIAL"));
        routes.put("review/" + id, Set.of("OFFICIAL"));
        routes.put("review/protests", Set.of("OFFICIAL"));
        routes.put("moderation", Set.of("OFFICIAL"));
        routes.put("voting/paper", Set.of("OFFICIAL"));
        routes.put("voting/paper/" + batch, Set.of("OFFICIAL"));
        routes.put("editions/manage", Set.of("OFFICIAL", "ADMIN"));
        routes.put("editions/import", Set.of("OFFICIAL", "ADMIN"));
        routes.put("admin/accounts", Set.of("ADMIN"));
        routes.put("admin/audit", Set.of("ADMIN"));
        routes.put("admin/units", Set.of("ADMIN"));

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(VISITOR, null);
        callers.put("RESIDENT", accounts.create(Role.RESIDENT));
        callers.put("OFFICIAL", accounts.create(Role.OFFICIAL));
        callers.put("ADMIN", accounts.create(Role.ADMIN));
        for (var caller : callers.entrySet()) {
            if (caller.getValue() == null) {
                // the visitor comes first: the mock request of this test has no one signed in yet
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            } else {
                signIn(caller.getValue());
            }
            for (var route : routes.entrySet()) {
                open(route.getKey(), Language.EN);
                boolean allowed = route.getValue().contains(caller.getKey());
                assertThat(shown()).as(caller.getKey() + " opens /" + route.getKey())
                        .matches(view -> allowed != DENIED.contains(view), allowed ? "the page" : "a refusal");
            }
        }
    }

    /** A batch of paper cards in an open vote, opened by an official. */
    private long paperBatch() {
        var edition = ballots.openKrakowVote();
        accounts.signIn(accounts.create(Role.OFFICIAL));
        long batch = paper.openBatch(edition.id(), ballots.cityPool(edition).id(), "Punkt 1");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return batch;
    }

    private static final List<Class<?>> DENIED = List.of(NotFoundView.class, org.civitas.shell.ui.AccessDeniedView.class,
            LoginView.class);

    private static Class<?> shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }
}
