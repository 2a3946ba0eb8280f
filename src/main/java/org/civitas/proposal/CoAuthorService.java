package org.civitas.proposal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-authors: an author invites someone by email; the invited person, signed in with that address, accepts
 * (and may then edit, like the author) or declines. An invitation names no one publicly until accepted.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("RESIDENT")
public class CoAuthorService {

    private static final int MAX_CO_AUTHORS = 10;
    private final ProposalRepository proposals;
    private final Authorship authorship;
    private final ProposalRules rules;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;

    CoAuthorService(ProposalRepository proposals, Authorship authorship, ProposalRules rules, Contacts contacts,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.authorship = authorship;
        this.rules = rules;
        this.contacts = contacts;
        this.events = events;
    }

    @Transactional
    public void invite(long proposalId, String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ProposalRuleException("proposal.coauthor.bad-email");
        }
        CurrentAccount me = authorship.me();
        Proposal p = authorship.authored(proposalId);
        rules.checkEditable(p.getStatus(), rules.edition(p.getEditionId()));
        if (address.equalsIgnoreCase(me.email()) || p.coAuthor(address).isPresent()) {
            throw new ProposalRuleException("proposal.coauthor.already");
        }
        if (p.coAuthors().size() >= MAX_CO_AUTHORS) {
            throw new ProposalRuleException("proposal.coauthor.too-many", MAX_CO_AUTHORS);
        }
        p.invite(address);
        var language = contacts.byEmail(address).map(c -> c.language()).orElse(me.language());
        events.publishEvent(new CoAuthorInvited(proposalId, p.getTitle(), address, me.displayName(), language));
    }

    @Transactional
    public void remove(long proposalId, String email) {
        Proposal p = authorship.authored(proposalId);
        rules.checkEditable(p.getStatus(), rules.edition(p.getEditionId()));
        p.uninvite(email);
    }

    /** The co-authors of a proposal with their answers, for its authors. */
    public List<CoAuthorSummary> current(long proposalId) {
        return authorship.authored(proposalId).coAuthors().stream()
                .map(c -> new CoAuthorSummary(c.email(), c.status())).toList();
    }

    /** The invitations waiting for the signed-in person's answer. */
    public List<Invitation> invitations() {
        CurrentAccount me = authorship.me();
        return proposals.findInvitations(me.email()).stream().map(p -> new Invitation(p.getId(), p.getTitle(),
                contacts.publicName(p.getAuthorId()).orElse(""))).toList();
    }

    @Transactional
    public void answer(long proposalId, boolean accept) {
        CurrentAccount me = authorship.me();
        Proposal p = authorship.find(proposalId);
        var invitation = p.coAuthor(me.email()).filter(c -> c.status() == CoAuthorStatus.INVITED)
                .orElseThrow(() -> new ProposalRuleException("proposal.coauthor.no-invitation"));
        invitation.answer(accept);
    }
}
