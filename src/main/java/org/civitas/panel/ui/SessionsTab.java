package org.civitas.panel.ui;

import java.time.LocalDateTime;

import org.civitas.panel.Deliberation;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.MemberRole;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The panel's sessions in time order, with the form coordinators and moderators schedule one with. */
class SessionsTab extends VerticalLayout {

    SessionsTab(long panelId, Deliberation.Participant me, DeliberationService service, Act act) {
        setPadding(false);
        var sessions = service.sessions(panelId);
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("panel.sessions.none")));
        }
        for (Deliberation.Session s : sessions) {
            var card = new Div(new H3(s.title()), new Paragraph(
                    Formats.dateTime(s.startsAt().atZone(Formats.CITY_ZONE), getLocale())));
            card.addClassName("civitas-card");
            if (!s.place().isEmpty()) {
                card.add(new Paragraph(getTranslation("panel.sessions.place", s.place())));
            }
            if (!s.link().isEmpty()) {
                var link = new Anchor(s.link(), getTranslation("panel.sessions.join"));
                link.setTarget("_blank");
                card.add(link);
            }
            if (!s.arrangements().isEmpty()) {
                card.add(new Paragraph(getTranslation("panel.sessions.arrangements", s.arrangements())));
            }
            add(card);
        }
        if (me.may(MemberRole.MODERATOR)) {
            add(form(panelId, service, act));
        }
    }

    private Details form(long panelId, DeliberationService service, Act act) {
        var title = new TextField(getTranslation("panel.sessions.title-field"));
        title.setMaxLength(200);
        title.setId("session-title");
        var when = Fields.dateTime(getTranslation("panel.sessions.when"));
        when.setLocale(getLocale());
        when.setId("session-when");
        var place = new TextField(getTranslation("panel.sessions.place-field"));
        place.setMaxLength(500);
        place.setWidthFull();
        var link = new TextField(getTranslation("panel.sessions.link-field"));
        link.setMaxLength(500);
        link.setWidthFull();
        link.setId("session-link");
        var arrangements = new TextArea(getTranslation("panel.sessions.arrangements-field"));
        arrangements.setHelperText(getTranslation("panel.sessions.arrangements-help"));
        arrangements.setMaxLength(2000);
        arrangements.setWidthFull();
        var save = new Button(getTranslation("panel.sessions.save"), e -> act.run(() -> service.schedule(panelId,
                new Deliberation.NewSession(title.getValue(), instant(when.getValue()), place.getValue(),
                        link.getValue(), arrangements.getValue())), "panel.sessions.saved"));
        save.setId("session-save");
        return new Details(getTranslation("panel.sessions.new"),
                new VerticalLayout(title, when, place, link, arrangements, save));
    }

    private static java.time.Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Formats.CITY_ZONE).toInstant();
    }
}
