package org.civitas.panel;

/** The city's answer to a passed recommendation. */
public enum AnswerDecision {
    ACCEPTED, PARTLY, REJECTED;

    public String key() {
        return "panel.answer.decision." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
