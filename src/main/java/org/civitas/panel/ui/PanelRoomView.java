package org.civitas.panel.ui;

import java.util.Optional;

import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberSummary;
import org.civitas.panel.MembershipService;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelService;
import org.civitas.panel.RecommendationService;
import org.civitas.panel.RecommendationSummary;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The panel's own room ({@code /panels/7/room}), for its people and coordinators only, one tab each: the
 * recommendations (drafted, amended and voted here), sessions, materials, questions to experts, discussion, people.
 */
@Route("panels/:panel([0-9]{1,18})/room")
@PermitAll
public class PanelRoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService panels;
    private final MembershipService memberships;
    private final RecommendationService recommendations;
    private final ProfileService profiles;
    private final DeliberationService deliberation;
    private long panelId;
    private int selectedTab;

    PanelRoomView(PanelService panels, MembershipService memberships, RecommendationService recommendations,
            ProfileService profiles, DeliberationService deliberation) {
        this.panels = panels;
        this.memberships = memberships;
        this.recommendations = recommendations;
        this.profiles = profiles;
        this.deliberation = deliberation;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var panel = PanelRoutes.panelOf(event, panels);
        if (panel.isPresent()) {
            panelId = panel.getAsLong();
            selectedTab = 0;
            show();
        }
    }

    private void show() {
        removeAll();
        var page = panels.page(panelId, Language.of(getLocale())).orElseThrow();
        add(new H1(getTranslation("panel.room.title")),
                new RouterLink(page.summary().question(), PanelView.class, PanelView.parameters(panelId)));
        boolean coordinator = profiles.current().filter(m -> m.has(Role.OFFICIAL) || m.has(Role.ADMIN)).isPresent();
        Optional<MemberSummary> me = memberships.me(panelId);
        if (me.isEmpty() && !coordinator) {
            var only = new Paragraph(getTranslation("panel.room.members-only"));
            only.setId("panel-room-closed");
            add(only);
            return;
        }
        MemberRole role = me.map(MemberSummary::role).orElse(null);
        var who = deliberation.person(panelId);
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("panel.room.recommendations"), recommendationsTab(role, coordinator));
        tabs.add(getTranslation("panel.room.sessions"), new SessionsTab(panelId, who, deliberation, this::act));
        tabs.add(getTranslation("panel.room.materials"), new MaterialsTab(panelId, who, deliberation, this::act));
        tabs.add(getTranslation("panel.room.questions"), new QuestionsTab(panelId, who, deliberation, this::act));
        tabs.add(getTranslation("panel.room.discussion"), new DiscussionTab(panelId, who, deliberation, this::act));
        tabs.add(getTranslation("panel.room.people"),
                new MembersPart(memberships.list(panelId), coordinator, (id, accept) -> { }));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        tabs.setId("panel-room-tabs");
        add(tabs);
    }

    private VerticalLayout recommendationsTab(MemberRole role, boolean coordinator) {
        boolean drafts = role == MemberRole.MEMBER || role == MemberRole.MODERATOR;
        boolean opens = role == MemberRole.MODERATOR || coordinator;
        var tab = new VerticalLayout();
        tab.setPadding(false);
        for (RecommendationSummary r : recommendations.all(panelId)) {
            var card = new RecommendationCard(r);
            card.add(new RecommendationActions(r, drafts, opens, role == MemberRole.MEMBER, recommendations,
                    this::act));
            tab.add(card);
        }
        if (drafts) {
            tab.add(draftForm());
        }
        return tab;
    }

    private VerticalLayout draftForm() {
        var title = new TextField(getTranslation("panel.room.title-field"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setId("draft-title");
        var text = new TextArea(getTranslation("panel.room.text-field"));
        text.setMaxLength(8000);
        text.setWidthFull();
        text.setHelperText(getTranslation("panel.editor.markdown"));
        text.setId("draft-text");
        var save = new Button(getTranslation("panel.room.draft-save"), e -> act(() -> recommendations.draft(panelId,
                title.getValue(), text.getValue()), "panel.room.drafted"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("draft-save");
        var form = new VerticalLayout(new H2(getTranslation("panel.room.new-draft")), title, text, save);
        form.setPadding(false);
        return form;
    }

    private void act(Runnable action, String successKey) {
        Attempt.run(action, getTranslation(successKey), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.room.title");
    }
}
