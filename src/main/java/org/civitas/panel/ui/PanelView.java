package org.civitas.panel.ui;

import java.util.Optional;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.AnswerDecision;
import org.civitas.panel.PanelFollowService;
import org.civitas.panel.PanelPage;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelService;
import org.civitas.panel.RecommendationService;
import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.RecommendationSummary;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A panel's public page ({@code /panels/7}): the question, how the members are chosen, how to take part, the
 * recommendations the panel decided and the city's answers; officials answer here.
 */
@Route("panels/:panel([0-9]{1,18})")
@AnonymousAllowed
public class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService panels;
    private final RecommendationService recommendations;
    private final PanelFollowService follows;
    private final ProfileService profiles;
    private final VolunteerService volunteers;
    private long panelId;
    private String title = "";

    PanelView(PanelService panels, RecommendationService recommendations, PanelFollowService follows,
            ProfileService profiles, VolunteerService volunteers) {
        this.panels = panels;
        this.recommendations = recommendations;
        this.follows = follows;
        this.profiles = profiles;
        this.volunteers = volunteers;
        addClassName("civitas-page");
    }

    static RouteParameters parameters(long panelId) {
        return new RouteParameters("panel", String.valueOf(panelId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var panel = PanelRoutes.panelOf(event, panels);
        if (panel.isPresent()) {
            panelId = panel.getAsLong();
            show();
        }
    }

    private void show() {
        removeAll();
        PanelPage page = panels.page(panelId, Language.of(getLocale())).orElseThrow();
        title = page.summary().question();
        var heading = new H1(title);
        heading.setId("panel-question");
        heading.getElement().setAttribute("lang", page.language().code());
        var description = Texts.markdown(page.description());
        description.getElement().setAttribute("lang", page.language().code());
        var s = page.summary();
        add(new RouterLink(getTranslation("panel.page.back"), PanelsView.class), heading,
                new Paragraph(getTranslation(s.status().key())), description,
                new Paragraph(getTranslation("panel.page.timeline", s.size(), page.reserves(),
                        Formats.date(s.registrationCloses(), getLocale()),
                        Formats.date(s.deliberationStarts(), getLocale()),
                        Formats.date(s.deliberationEnds(), getLocale()), page.thresholdPercent())));
        Optional<CurrentAccount> me = profiles.current();
        add(new TakePart(page, me.isPresent(), volunteers), links(me), follow(me.isPresent()), new SelectionPart(page),
                new H2(getTranslation("panel.page.materials")), new MaterialsPart(panelId, page.materials()));
        decided(me.filter(m -> m.has(Role.OFFICIAL) || m.has(Role.ADMIN)).isPresent());
    }

    private HorizontalLayout links(Optional<CurrentAccount> me) {
        var links = new HorizontalLayout();
        links.setWrap(true);
        if (me.filter(m -> m.has(Role.OFFICIAL) || m.has(Role.ADMIN)).isPresent()) {
            links.add(new RouterLink(getTranslation("panel.page.setup"), PanelEditorView.class, parameters(panelId)),
                    new RouterLink(getTranslation("panel.page.pool"), PanelPoolView.class, parameters(panelId)));
        }
        if (me.isPresent()) {
            links.add(new RouterLink(getTranslation("panel.page.room"), PanelRoomView.class, parameters(panelId)));
        }
        return links;
    }

    private com.vaadin.flow.component.Component follow(boolean signedIn) {
        if (!signedIn) {
            return new Paragraph(getTranslation("panel.page.sign-in-to-follow"));
        }
        boolean following = follows.following(panelId);
        var button = new Button(getTranslation(following ? "panel.page.unfollow" : "panel.page.follow"), e -> {
            if (following) {
                follows.unfollow(panelId);
            } else {
                follows.follow(panelId);
            }
            Notices.success(getTranslation(following ? "panel.page.unfollowed" : "panel.page.followed"));
            show();
        });
        button.setId("panel-follow");
        return button;
    }

    private void decided(boolean official) {
        add(new H2(getTranslation("panel.page.recommendations")));
        var decided = recommendations.decided(panelId);
        if (decided.isEmpty()) {
            add(new Paragraph(getTranslation("panel.page.no-recommendations")));
        }
        for (RecommendationSummary r : decided) {
            var card = new RecommendationCard(r);
            boolean awaited = r.status() == RecommendationStatus.PASSED && r.answer() != null;
            if (official && awaited && r.answer().decision() == null) {
                card.add(AnswerForm.answer(r, a -> act(() -> recommendations.answer(a.recommendationId(),
                        a.decision(), a.reasons()), "panel.answer.saved")));
            } else if (official && awaited && r.answer().decision() != AnswerDecision.REJECTED) {
                card.add(AnswerForm.progress(r, p -> act(() -> recommendations.progress(p.recommendationId(),
                        p.progress(), p.text()), "panel.answer.posted")));
            }
            add(card);
        }
    }

    private void act(Runnable action, String successKey) {
        Attempt.run(action, getTranslation(successKey), this::show);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
