package org.civitas.panel;

/** A member's vote on a recommendation. */
public enum VoteChoice {
    SUPPORT, OPPOSE, ABSTAIN;

    public String key() {
        return "panel.vote." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
