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
        var steps = new java.util.ArrayList<StatusChange>();
        for (var r : entries.findBySubjectAndSubjectIdOrderByIdAsc(SUBJECT, proposalId).stream().map(AuditEntry::record).toList()) {
            if (r.action().equals(ACTION)) {
                steps.add(new StatusChange(r.at(), ProposalStatus.valueOf(r.after())));
            } else if (r.action().equals("decision") || r.action().equals("protest")) {
                // the decision's reason and the protest's outcome are public: they join the step they explain
                String[] parts = r.after().split(": ", 2);
                String key = r.action().equals("decision") ? "review.reason." + parts[0]
                        : "review.protest.status." + parts[0].toLowerCase();
                String text = parts.length > 1 ? parts[1] : "";
                int last = steps.size() - 1;
                ProposalStatus status = last >= 0 ? steps.get(last).status() : null;
                steps.add(new StatusChange(r.at(), status, key, text));
            }
        }
        return steps;
    }
}
