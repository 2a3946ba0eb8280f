package org.civitas.review.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civitas.review.AuditRecord;

/** One line of the audit log; written once, never changed (the repository offers no way to). */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String subject;
    private long subjectId;
    private String action;
    private String beforeValue;
    private String afterValue;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String subject, long subjectId, String action, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.subject = subject;
        this.subjectId = subjectId;
        this.action = action;
        this.beforeValue = before;
        this.afterValue = after;
    }

    public AuditRecord record() {
        return new AuditRecord(id, at, actor, subject, subjectId, action, beforeValue, afterValue);
    }
}
