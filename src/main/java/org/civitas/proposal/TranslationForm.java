package org.civitas.proposal;

import jakarta.validation.constraints.Size;

/** The author's own translation of their proposal into another language; empty fields mean "not translated". */
public class TranslationForm {

    @Size(max = 120, message = "{proposal.title.too-long}")
    private String title = "";

    @Size(max = 300, message = "{proposal.summary.too-long}")
    private String summary = "";

    @Size(max = 20000, message = "{proposal.description.too-long}")
    private String description = "";

    public TranslationForm() {
    }

    public TranslationForm(String title, String summary, String description) {
        this.title = title;
        this.summary = summary;
        this.description = description;
    }

    public boolean empty() {
        return blank(title) && blank(summary) && blank(description);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
