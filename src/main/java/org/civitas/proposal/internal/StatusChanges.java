package org.civitas.proposal.internal;

import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.ProposalStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every status change of a proposal goes through here, so none escapes the audit log. */
@Component
public class StatusChanges {

    private final ApplicationEventPublisher events;

    StatusChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void move(Proposal proposal, ProposalStatus next) {
        ProposalStatus before = proposal.getStatus();
        proposal.moveTo(next);
        changed(proposal, before);
    }

    /** For changes the entity made itself (submission, merge): tells what it was before. */
    public void changed(Proposal proposal, ProposalStatus before) {
        if (before != proposal.getStatus()) {
            events.publishEvent(new ProposalStatusChanged(proposal.getId(), before, proposal.getStatus()));
        }
    }
}
