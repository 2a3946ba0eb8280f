package org.civitas.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The answer to a page that does not exist and to one the person may not open: the same words, so that
 * nobody learns from it which admin pages exist.
 */
abstract class NotShownPage extends VerticalLayout implements HasDynamicTitle {

    protected void show() {
        removeAll();
        addClassName("civitas-page");
        add(new H1(getTranslation("shell.not-found.title")), new Paragraph(getTranslation("shell.not-found.text")),
                new Anchor("", getTranslation("shell.error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.not-found.title");
    }
}
