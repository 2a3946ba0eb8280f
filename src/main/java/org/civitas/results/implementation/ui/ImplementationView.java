package org.civitas.results.implementation.ui;

import java.util.Optional;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionService;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.results.implementation.FollowService;
import org.civitas.results.implementation.ImplementationPage;
import org.civitas.results.implementation.ImplementationRuleException;
import org.civitas.results.implementation.ImplementationService;
import org.civitas.results.implementation.PostUpdate;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A funded project's public page ({@code /implementation/123}, the proposal's id): status, progress, every update
 * newest first, Follow for signed-in people and, for officials, the form to post an update.
 */
@Route("implementation/:project([0-9]{1,18})")
@AnonymousAllowed
public class ImplementationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService implementation;
    private final FollowService follows;
    private final ProfileService profiles;
    private final EditionService editions;
    private final DistrictService districts;
    private long proposalId;
    private String title = "";

    ImplementationView(ImplementationService implementation, FollowService follows, ProfileService profiles,
            EditionService editions, DistrictService districts) {
        this.implementation = implementation;
        this.follows = follows;
        this.profiles = profiles;
        this.editions = editions;
        this.districts = districts;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        proposalId = event.getRouteParameters().getLong("project").orElse(-1L);
        if (implementation.page(proposalId, Language.of(getLocale())).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        ImplementationPage page = implementation.page(proposalId, Language.of(getLocale())).orElseThrow();
        title = page.title();
        var heading = new H1(page.title());
        heading.setId("implementation-title");
        var pool = new Span(PoolNames.of(page.summary().editionId(), editions, districts, this)
                .getOrDefault(page.summary().poolId(), ""));
        add(new RouterLink(getTranslation("results.implementation.back"), ImplementationListView.class), heading, pool,
                new Paragraph(page.proposalSummary()), new ProgressFacts(page.summary().status(), page.summary().progress()));
        if (page.cancelReason() != null) {
            var reason = new Paragraph(getTranslation("results.implementation.page.reason", page.cancelReason()));
            reason.setId("implementation-reason");
            add(reason);
        }
        add(new Anchor("proposals/" + proposalId, getTranslation("results.implementation.page.proposal")));
        Optional<CurrentAccount> me = profiles.current();
        add(followPart(me.isPresent(), page.followers()));
        if (me.filter(m -> m.has(Role.OFFICIAL) || m.has(Role.ADMIN)).isPresent()) {
            add(new UpdateForm(page.summary(), page.cancelReason(), this::post));
        }
        add(new Timeline(page.timeline()));
    }

    private VerticalLayout followPart(boolean signedIn, int followers) {
        var part = new VerticalLayout();
        part.setPadding(false);
        var count = new Span(getTranslation("results.implementation.page.followers", followers));
        count.setId("implementation-followers");
        if (!signedIn) {
            part.add(new Paragraph(getTranslation("results.implementation.sign-in-to-follow")), count);
            return part;
        }
        boolean following = follows.following(proposalId);
        var button = new Button(getTranslation(following ? "results.implementation.unfollow" : "results.implementation.follow"),
                e -> toggle(following));
        button.setId("implementation-follow");
        part.add(button, count);
        return part;
    }

    private void toggle(boolean following) {
        if (following) {
            follows.unfollow(proposalId);
            Notices.success(getTranslation("results.implementation.unfollowed"));
        } else {
            follows.follow(proposalId);
            Notices.success(getTranslation("results.implementation.followed"));
        }
        show();
    }

    private void post(PostUpdate update) {
        try {
            implementation.post(proposalId, update);
            Notices.success(getTranslation("results.implementation.form.posted"));
            show();
        } catch (ImplementationRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
