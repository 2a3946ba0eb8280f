package org.civitas.panel.ui;

import org.civitas.panel.DrawResult;
import org.civitas.panel.DrawService;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MembershipService;
import org.civitas.panel.PanelPage;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelService;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.RecruitmentService;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Fields;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The coordinator's desk for one panel ({@code /panels/7/pool}): the pool against the quotas, recruitment by letter,
 * paper registrations, closing registration, the draw, the people invited and their answers, and inviting experts,
 * moderators, observers.
 */
@Route("panels/:panel([0-9]{1,18})/pool")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class PanelPoolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService panels;
    private final VolunteerService volunteers;
    private final DrawService draws;
    private final MembershipService memberships;
    private final RecruitmentService recruitment;
    private long panelId;

    PanelPoolView(PanelService panels, VolunteerService volunteers, DrawService draws, MembershipService memberships,
            RecruitmentService recruitment) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.draws = draws;
        this.memberships = memberships;
        this.recruitment = recruitment;
        addClassName("civitas-page");
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
        add(new H1(getTranslation("panel.pool.title")), new RouterLink(page.summary().question(), PanelView.class,
                PanelView.parameters(panelId)), new Paragraph(getTranslation(page.summary().status().key())));
        add(new PoolPart(volunteers.count(panelId), volunteers.counts(panelId)));
        add(new RecruitmentPart(recruitment, panelId, page.summary().status() == PanelStatus.RECRUITING));
        if (page.registrationOpen()) {
            add(paperForm());
        }
        add(actions(page));
        if (page.summary().status() == PanelStatus.DRAWN) {
            add(new MembersPart(memberships.list(panelId), true, this::record), roleForm());
        }
    }

    private Details paperForm() {
        var name = new TextField(getTranslation("panel.pool.paper-name"));
        name.setMaxLength(200);
        name.setId("panel-paper-name");
        var email = Fields.email(getTranslation("panel.pool.paper-email"));
        email.setId("panel-paper-email");
        var fields = new VolunteerFields(panels.questions(panelId), Language.DEFAULT);
        var save = new Button(getTranslation("panel.pool.paper-save"), e -> act(() -> {
            volunteers.registerOnPaper(panelId, fields.registration(name.getValue(), email.getValue()));
            name.clear();
            email.clear();
            fields.clear();
        }, "panel.pool.paper-saved"));
        save.setId("panel-paper-save");
        var details = new Details(getTranslation("panel.pool.paper"), new VerticalLayout(name, email, fields, save));
        details.setId("panel-paper");
        return details;
    }

    private VerticalLayout actions(PanelPage page) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H2(getTranslation("panel.pool.draw-title")), new Paragraph(getTranslation("panel.pool.draw-help")));
        if (page.summary().status() == PanelStatus.RECRUITING) {
            var close = new Button(getTranslation("panel.pool.close"),
                    e -> act(() -> panels.closeRegistration(panelId), "panel.pool.closed"));
            close.setId("panel-close-registration");
            part.add(close);
        }
        if (page.summary().status() != PanelStatus.DRAWN) {
            var draw = new Button(getTranslation("panel.pool.draw"), e -> confirmDraw());
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draw.setId("panel-draw");
            part.add(draw);
        }
        return part;
    }

    private void confirmDraw() {
        var dialog = new ConfirmDialog(getTranslation("panel.pool.draw"), getTranslation("panel.pool.draw-confirm"),
                getTranslation("panel.pool.draw"), e -> draw());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("panel.pool.cancel"));
        dialog.open();
    }

    private void draw() {
        try {
            DrawResult result = draws.draw(panelId);
            Notices.success(getTranslation("panel.pool.drawn", result.members(), result.reserves(),
                    String.format(getLocale(), "%.1f", 100 * result.minimumProbability())));
            show();
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }

    private HorizontalLayout roleForm() {
        var email = Fields.email(getTranslation("panel.pool.role-email"));
        email.setId("panel-role-email");
        var role = new Select<MemberRole>();
        role.setLabel(getTranslation("panel.members.role"));
        role.setItems(MemberRole.EXPERT, MemberRole.MODERATOR, MemberRole.OBSERVER);
        role.setItemLabelGenerator(r -> getTranslation(r.key()));
        role.setValue(MemberRole.EXPERT);
        role.setId("panel-role");
        var invite = new Button(getTranslation("panel.pool.role-invite"),
                e -> act(() -> memberships.add(panelId, email.getValue(), role.getValue()), "panel.pool.role-invited"));
        invite.setId("panel-role-invite");
        var line = new HorizontalLayout(email, role, invite);
        line.setWrap(true);
        line.setAlignItems(Alignment.BASELINE);
        return line;
    }

    private void record(long memberId, boolean accept) {
        act(() -> memberships.answerFor(memberId, accept), "panel.pool.answer-recorded");
    }

    private void act(Runnable action, String successKey) {
        Attempt.run(action, getTranslation(successKey), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.pool.title");
    }
}
