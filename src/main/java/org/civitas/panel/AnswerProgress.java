package org.civitas.panel;

/** How far the city has got with an answer it gave: planned, under way, done. */
public enum AnswerProgress {
    PLANNED, IN_PROGRESS, DONE;

    public String key() {
        return "panel.answer.progress." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
