package org.civitas.review;

import org.civitas.review.internal.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Other modules' way to write an official's change to the one append-only audit log, in the change's own
 * transaction. The caller has already checked that the official may make the change.
 */
@Component
public class OfficialActions {

    private final AuditLog log;

    OfficialActions(AuditLog log) {
        this.log = log;
    }

    /** E.g. {@code record("paper-batch", 12, "entered", null, "round 1: 240 cards")}; never a voter's identity. */
    public void record(String subject, long subjectId, String action, Object before, Object after) {
        log.record(subject, subjectId, action, before, after);
    }
}
