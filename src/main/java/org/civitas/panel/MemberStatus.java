package org.civitas.panel;

/** An invitation's answer: not yet, yes, no, or no answer by the deadline (the seat then goes to a reserve). */
public enum MemberStatus {
    INVITED, ACCEPTED, DECLINED, EXPIRED;

    public String key() {
        return "panel.member-status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean holdsSeat() {
        return this == INVITED || this == ACCEPTED;
    }
}
