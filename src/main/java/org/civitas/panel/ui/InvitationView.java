package org.civitas.panel.ui;

import org.civitas.panel.Invitation;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MembershipService;
import org.civitas.panel.PanelRuleException;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The link of an invitation mail ({@code /panels/invitation/SECRET}): the invited person accepts or declines, signed
 * in or not; the secret is the proof. Signed in, an acceptance links the seat to the account.
 */
@Route("panels/invitation/:secret")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipService memberships;
    private String secret;

    InvitationView(MembershipService memberships) {
        this.memberships = memberships;
        addClassNames("civitas-page", "civitas-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("secret").orElse("");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("panel.invitation.title")));
        var invitation = memberships.invitation(secret);
        if (invitation.isEmpty()) {
            add(new Paragraph(getTranslation("panel.error.invitation-unknown")));
            return;
        }
        Invitation i = invitation.get();
        add(new Paragraph(i.role() == MemberRole.MEMBER
                ? getTranslation("panel.invitation.drawn", i.name(), i.question())
                : getTranslation("panel.invitation.role", i.name(), i.question(), getTranslation(i.role().key()))));
        var state = new Paragraph(i.open()
                ? getTranslation("panel.invitation.until", Formats.date(i.respondBy(), getLocale()))
                : getTranslation("panel.invitation.state", getTranslation(i.status().key())));
        state.setId("invitation-state");
        add(state);
        if (i.open()) {
            var accept = new Button(getTranslation("panel.invitation.accept"), e -> answer(true));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("invitation-accept");
            var decline = new Button(getTranslation("panel.invitation.decline"), e -> answer(false));
            decline.setId("invitation-decline");
            add(new HorizontalLayout(accept, decline));
        }
    }

    private void answer(boolean accept) {
        try {
            long panelId = memberships.answer(secret, accept);
            Notices.success(getTranslation(accept ? "panel.invitation.accepted" : "panel.invitation.declined"));
            show();
            if (accept) {
                add(new com.vaadin.flow.router.RouterLink(getTranslation("panel.invitation.to-room"),
                        PanelRoomView.class, PanelView.parameters(panelId)));
            }
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.invitation.title");
    }
}
