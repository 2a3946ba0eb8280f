package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civitas.proposal.ReportReason;
import org.civitas.proposal.ReportTarget;

/** Someone signed in reported a proposal or a comment; one report per person and item. */
@Entity
public class ContentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReportTarget targetType;
    private long targetId;
    private long reporterId;
    @Enumerated(EnumType.STRING)
    private ReportReason reason;
    private Instant createdAt;
    private boolean resolved;

    protected ContentReport() {
    }

    public ContentReport(ReportTarget targetType, long targetId, long reporterId, ReportReason reason, Instant at) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = at;
    }

    public void resolve() {
        resolved = true;
    }

    public ReportTarget getTargetType() { return targetType; }
    public long getTargetId() { return targetId; }
    public ReportReason getReason() { return reason; }
}
