package org.civitas.panel;

import java.time.LocalDate;

/** An invitation as its link shows it: to which panel, in which role, answered or not, and by when. */
public record Invitation(long panelId, String question, String name, MemberRole role, MemberStatus status,
        LocalDate respondBy, boolean open) {
}
