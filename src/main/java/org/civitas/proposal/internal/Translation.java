package org.civitas.proposal.internal;

import jakarta.persistence.Embeddable;

import org.civitas.proposal.TranslationForm;

@Embeddable
public class Translation {

    private String title;
    private String summary;
    private String description;

    protected Translation() {
    }

    Translation(TranslationForm form) {
        title = strip(form.getTitle());
        summary = strip(form.getSummary());
        description = strip(form.getDescription());
    }

    TranslationForm form() {
        return new TranslationForm(title, summary, description);
    }

    String text() {
        return title + "\n" + summary + "\n" + description;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
