package org.civitas.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page: what Civitas is for and where to start. */
@Route("")
@Menu(order = 0, title = "shell.nav.home")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        addClassName("civitas-page");
        add(new H1(getTranslation("shell.home.title")), new Paragraph(getTranslation("shell.home.intro")));
        add(card("shell.home.budget.title", "shell.home.budget.text"),
                card("shell.home.panels.title", "shell.home.panels.text"),
                card("shell.home.everyone.title", "shell.home.everyone.text"));
        add(new Anchor("guide", getTranslation("shell.home.guide-link")));
    }

    private Div card(String title, String text) {
        var card = new Div(new H2(getTranslation(title)), new Paragraph(getTranslation(text)));
        card.addClassName("civitas-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.home.title");
    }
}
