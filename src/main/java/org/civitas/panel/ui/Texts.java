package org.civitas.panel.ui;

import org.civitas.shared.Markdown;

import com.vaadin.flow.component.html.Div;

/** Texts people wrote (descriptions, recommendations, answers) as Markdown, cleaned by the shared allow-list. */
final class Texts {

    private Texts() {
    }

    /** A person's name as the panel's pages show it, or "(account deleted)" once their account is erased. */
    static String person(String name) {
        return name == null || name.isBlank() ? com.vaadin.flow.component.UI.getCurrent().getTranslation("panel.person.erased")
                : name;
    }

    static Div markdown(String text) {
        var div = new Div();
        div.addClassName("civitas-markdown");
        div.getElement().setProperty("innerHTML", Markdown.toSafeHtml(text == null ? "" : text));
        return div;
    }
}
