package org.civitas.review;

import java.time.Instant;

/** One line of the audit log. */
public record AuditRecord(long id, Instant at, String actor, String subject, long subjectId, String action,
        String before, String after) {
}
