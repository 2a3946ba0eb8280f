package org.civitas.panel.ui;

import org.civitas.identity.ProfileService;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelService;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A resident volunteers for a panel: the stratification questions, language, needs and consent. */
@Route("panels/:panel([0-9]{1,18})/register")
@PermitAll
public class RegisterVolunteerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelService panels;
    private final VolunteerService volunteers;
    private final ProfileService profiles;

    RegisterVolunteerView(PanelService panels, VolunteerService volunteers, ProfileService profiles) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.profiles = profiles;
        addClassNames("civitas-page", "civitas-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long panelId = event.getRouteParameters().getLong("panel").orElse(-1L);
        var page = panels.page(panelId, Language.of(getLocale()));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var heading = new H1(getTranslation("panel.register.title"));
        add(heading, new Paragraph(page.get().summary().question()));
        if (volunteers.mine(panelId).isPresent()) {
            add(new Paragraph(getTranslation("panel.error.already-registered")));
            return;
        }
        if (!page.get().registrationOpen()) {
            add(new Paragraph(getTranslation("panel.error.registration-closed")));
            return;
        }
        add(new Paragraph(getTranslation("panel.register.lead")));
        Language preferred = profiles.current().map(me -> me.language()).orElse(Language.of(getLocale()));
        var fields = new VolunteerFields(panels.questions(panelId), preferred);
        var send = new Button(getTranslation("panel.register.send"), e -> send(panelId, fields));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("panel-register-send");
        add(fields, send);
    }

    private void send(long panelId, VolunteerFields fields) {
        try {
            volunteers.register(panelId, fields.registration(null, null));
            Notices.success(getTranslation("panel.register.thanks"));
            getUI().ifPresent(ui -> ui.navigate(PanelView.class, PanelView.parameters(panelId)));
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.register.title");
    }
}
