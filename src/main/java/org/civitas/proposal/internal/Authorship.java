package org.civitas.proposal.internal;

import java.util.NoSuchElementException;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.proposal.ProposalRuleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds the signed-in person and the proposals they may change: their own, or those they co-author. */
@Component
public class Authorship {

    private final ProfileService profiles;
    private final ProposalRepository proposals;

    Authorship(ProfileService profiles, ProposalRepository proposals) {
        this.profiles = profiles;
        this.proposals = proposals;
    }

    public CurrentAccount me() {
        return profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** @throws ProposalRuleException when the signed-in person is not one of its authors */
    public Proposal authored(long proposalId) {
        CurrentAccount me = me();
        Proposal proposal = find(proposalId);
        if (!proposal.isAuthor(me.id(), me.email())) {
            throw new ProposalRuleException("proposal.error.not-author");
        }
        return proposal;
    }

    public Proposal find(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NoSuchElementException("No proposal " + proposalId));
    }
}
