package org.civitas.panel;

/** Who takes part in a panel: drawn members vote; experts teach; moderators run the discussion; observers watch. */
public enum MemberRole {
    MEMBER, EXPERT, MODERATOR, OBSERVER;

    public String key() {
        return "panel.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
