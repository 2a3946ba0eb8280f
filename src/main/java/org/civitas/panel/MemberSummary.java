package org.civitas.panel;

import java.time.LocalDate;

/** A seat or role as coordinators and members see it; the email only for coordinators (null otherwise). */
public record MemberSummary(long id, String name, MemberRole role, MemberStatus status, LocalDate respondBy,
        String email, String language, String needs) {
}
