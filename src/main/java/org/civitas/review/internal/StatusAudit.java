package org.civitas.review.internal;

import java.util.List;

import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.ProposalStatusChanged;
import org.civitas.proposal.ProposalTimeline;
import org.civitas.proposal.StatusChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every status change of a proposal to the audit log, inside the transaction that makes it (so a change
 * that rolls back leaves no line), and answers the proposal page's public timeline from those lines.
 */
@Component
class StatusAudit implements ProposalTimeline {

    static final String SUBJECT = "proposal";
    static final String ACTION = "status";
    private final AuditLog audit;
    private final AuditEntries entries;

    StatusAudit(AuditLog audit, AuditEntries entries) {
        this.audit = audit;
        this.entries = entries;
    }

    @EventListener
    void on(ProposalStatusChanged change) {
        audit.record(SUBJECT, change.proposalId(), ACTION, change.from(), change.to());
    }

    @EventListener
    void on(org.civitas.proposal.ContentHidden hidden) {
        audit.record(hidden.target().name().toLowerCase(), hidden.targetId(), "hidden", null, hidden.reason());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChange> of(long proposalId) {
        return entries.findBySubjectAndSubjectIdOrderByIdAsc(SUBJECT, proposalId).stream().map(AuditEntry::record)
                .filter(r -> r.action().equals(ACTION))
                .map(r -> new StatusChange(r.at(), ProposalStatus.valueOf(r.after()))).toList();
    }
}
