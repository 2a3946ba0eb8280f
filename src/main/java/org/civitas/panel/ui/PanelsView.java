package org.civitas.panel.ui;

import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.PanelService;
import org.civitas.panel.PanelSummary;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Every citizens' panel, newest first: its question, where it stands and its dates; coordinators start new ones. */
@Route("panels")
@Menu(order = 25, title = "panel.list.title")
@AnonymousAllowed
public class PanelsView extends VerticalLayout implements HasDynamicTitle {

    PanelsView(PanelService panels, ProfileService profiles) {
        addClassName("civitas-page");
        add(new H1(getTranslation("panel.list.title")), new Paragraph(getTranslation("panel.list.lead")));
        if (profiles.current().filter(me -> me.has(Role.OFFICIAL) || me.has(Role.ADMIN)).isPresent()) {
            var create = new Button(getTranslation("panel.list.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate(PanelEditorView.class)));
            create.setId("panel-new");
            add(create);
        }
        var list = panels.list(Language.of(getLocale()));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("panel.list.none")));
        }
        list.forEach(p -> add(card(p)));
    }

    private Div card(PanelSummary panel) {
        var card = new Div();
        card.addClassName("civitas-card");
        var heading = new H2(new RouterLink(panel.question(), PanelView.class, PanelView.parameters(panel.id())));
        var facts = new Paragraph(getTranslation(panel.status().key()) + " · "
                + getTranslation("panel.list.facts", panel.size(), panel.volunteers(),
                        Formats.date(panel.registrationCloses(), getLocale()),
                        Formats.date(panel.deliberationStarts(), getLocale()),
                        Formats.date(panel.deliberationEnds(), getLocale())));
        card.add(heading, facts);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.list.title");
    }
}
