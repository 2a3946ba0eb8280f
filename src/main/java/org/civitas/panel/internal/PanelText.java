package org.civitas.panel.internal;

import jakarta.persistence.Embeddable;

/** The question and description in one language. */
@Embeddable
public class PanelText {

    private String question;
    private String description;

    protected PanelText() {
    }

    PanelText(String question, String description) {
        this.question = question;
        this.description = description;
    }

    public String question() { return question; }
    public String description() { return description; }
}
