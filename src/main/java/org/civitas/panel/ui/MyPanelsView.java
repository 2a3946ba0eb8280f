package org.civitas.panel.ui;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.panel.MemberStatus;
import org.civitas.panel.MyPanel;
import org.civitas.panel.MyPanelsService;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** The panels the signed-in resident volunteered for or was invited to: where they stand, and the way into the room. */
@Route("my-panels")
@Menu(order = 26, title = "panel.mine.title")
@RolesAllowed("RESIDENT")
public class MyPanelsView extends VerticalLayout implements HasDynamicTitle {

    MyPanelsView(MyPanelsService panels) {
        addClassName("civitas-page");
        add(new H1(getTranslation("panel.mine.title")));
        var mine = panels.mine(Language.of(getLocale()));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("panel.mine.none")),
                    new RouterLink(getTranslation("panel.list.title"), PanelsView.class));
        }
        mine.forEach(p -> add(card(p)));
    }

    private Div card(MyPanel mine) {
        long id = mine.panel().id();
        var card = new Div();
        card.addClassName("civitas-card");
        card.setId("my-panel-" + id);
        card.add(new H2(new RouterLink(mine.panel().question(), PanelView.class, PanelView.parameters(id))),
                new Paragraph(getTranslation(mine.panel().status().key())));
        if (mine.registration() != null) {
            card.add(new Paragraph(TakePart.outcome(mine.registration())));
        }
        if (mine.role() != null) {
            card.add(new Paragraph(getTranslation("panel.mine.place", getTranslation(mine.role().key()),
                    getTranslation(mine.status().key()))));
            if (mine.status() == MemberStatus.INVITED) {
                card.add(new Paragraph(getTranslation("panel.mine.answer-by-mail")));
            }
            if (mine.status() == MemberStatus.ACCEPTED) {
                card.add(new RouterLink(getTranslation("panel.page.room"), PanelRoomView.class, PanelView.parameters(id)));
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.mine.title");
    }
}
