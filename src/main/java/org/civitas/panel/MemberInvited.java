package org.civitas.panel;

import java.time.LocalDate;

import org.civitas.shared.Language;

/**
 * Someone was invited to a panel (drawn, called from the reserves, or added in a role). The mail carries the link's
 * secret, which the database keeps only as a hash; {@code email} is null for a paper volunteer who gave none, whose
 * invitation goes by post.
 */
public record MemberInvited(long memberId, long panelId, String question, String name, String email,
        Language language, MemberRole role, LocalDate respondBy, String secret) {

    @Override
    public String toString() {
        return "MemberInvited[member=" + memberId + ", panel=" + panelId + "]";
    }
}
