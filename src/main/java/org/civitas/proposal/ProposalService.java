package org.civitas.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.Phase;
import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalEvents;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.civitas.proposal.internal.Versions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An author's proposals: a draft saved as it stands, as often as the wizard likes; submission checked whole
 * against the edition; later changes kept as versions; withdrawal. Only authors (and accepted co-authors) may
 * touch a proposal, whatever the view shows.
 */
@Service
@Validated
@Transactional(readOnly = true)
@RolesAllowed("RESIDENT")
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);
    private final ProposalRepository proposals;
    private final Authorship authorship;
    private final ProposalRules rules;
    private final Versions versions;
    private final ProposalEvents events;

    ProposalService(ProposalRepository proposals, Authorship authorship, ProposalRules rules, Versions versions,
            ProposalEvents events) {
        this.proposals = proposals;
        this.authorship = authorship;
        this.rules = rules;
        this.versions = versions;
        this.events = events;
    }

    /** Starts an empty draft in the author's language; drafting is open until the submission phase ends. */
    @Transactional
    public long startDraft(long editionId) {
        EditionDetails edition = rules.edition(editionId);
        boolean over = edition.phase(Phase.SUBMISSION).map(s -> rules.today().isAfter(s.end())).orElse(true);
        if (over) {
            throw new ProposalRuleException("proposal.error.submission-over");
        }
        CurrentAccount me = authorship.me();
        rules.checkAge(edition, me);
        long id = proposals.save(new Proposal(editionId, me.id(), me.language(), rules.now())).getId();
        log.info("Account {} started draft {}", me.id(), id);
        return id;
    }

    public EditableProposal edit(long id) {
        Proposal p = authorship.authored(id);
        EditionDetails edition = rules.edition(p.getEditionId());
        var coAuthors = p.coAuthors().stream().map(c -> new CoAuthorSummary(c.email(), c.status())).toList();
        return new EditableProposal(id, p.getEditionId(), p.getStatus(), rules.editable(p.getStatus(), edition),
                p.form(), coAuthors);
    }

    /**
     * Saves what the author wrote. A draft is saved as it stands (sizes only), so nothing typed is lost; a
     * submitted proposal must stay complete, and each change is kept as a new version.
     */
    @Transactional
    public void save(long id, @Valid ProposalForm form) {
        Proposal p = authorship.authored(id);
        EditionDetails edition = rules.edition(p.getEditionId());
        rules.checkEditable(p.getStatus(), edition);
        if (p.getStatus() != ProposalStatus.DRAFT) {
            rules.checkComplete(form, edition);
        }
        p.update(form, rules.now());
        if (p.getStatus() != ProposalStatus.DRAFT) {
            proposals.flush();
            versions.keep(p, authorship.me().id());
        }
    }

    /** Saves the form and submits it, in one step, so the submitted text is exactly the one checked. */
    @Transactional
    public void submit(long id, @Valid ProposalForm form) {
        Proposal p = authorship.authored(id);
        if (p.getStatus() != ProposalStatus.DRAFT) {
            throw new ProposalRuleException("proposal.error.already-submitted");
        }
        EditionDetails edition = rules.edition(p.getEditionId());
        rules.checkSubmissionOpen(edition);
        rules.checkAge(edition, authorship.me());
        rules.checkComplete(form, edition);
        p.update(form, rules.now());
        p.submit(rules.now(), rules.supportDeadline(edition));
        events.statuses().changed(p, ProposalStatus.DRAFT);
        proposals.flush();
        versions.keep(p, authorship.me().id());
        events.submitted(p, edition.support().supporters());
        log.info("Proposal {} submitted", id);
    }

    /** After changes the reviewer asked for, the author sends the proposal back to verification. */
    @Transactional
    public void resubmit(long id, @Valid ProposalForm form) {
        Proposal p = authorship.authored(id);
        if (p.getStatus() != ProposalStatus.CHANGES_REQUESTED) {
            throw new ProposalRuleException("proposal.error.not-editable");
        }
        save(id, form);
        events.statuses().move(p, ProposalStatus.IN_VERIFICATION);
        log.info("Proposal {} resubmitted after changes", id);
    }

    /** An author takes the proposal back, until the edition's withdrawals end (or, without them, the vote starts). */
    @Transactional
    public void withdraw(long id) {
        Proposal p = authorship.authored(id);
        EditionDetails edition = rules.edition(p.getEditionId());
        boolean over = p.getStatus() == ProposalStatus.WITHDRAWN || p.getStatus() == ProposalStatus.MERGED;
        if (!rules.withdrawalsOpen(edition) || over) {
            throw new ProposalRuleException("proposal.error.cannot-withdraw");
        }
        events.statuses().move(p, ProposalStatus.WITHDRAWN);
        log.info("Proposal {} withdrawn by its author", id);
    }

    public List<MyProposal> mine() {
        CurrentAccount me = authorship.me();
        Map<Long, EditionDetails> editions = new HashMap<>();
        return proposals.findByAuthor(me.id(), me.email()).stream().map(p -> new MyProposal(p.getId(),
                p.getEditionId(), p.getTitle(), p.getStatus(), p.getUpdatedAt(), rules.editable(p.getStatus(),
                        editions.computeIfAbsent(p.getEditionId(), rules::edition)))).toList();
    }

    public List<ProposalVersionSummary> versions(long id) {
        authorship.authored(id);
        return versions.of(id);
    }

    /** Whether the signed-in resident wrote or co-writes the proposal. */
    public boolean isMine(long id) {
        CurrentAccount me = authorship.me();
        return authorship.find(id).isAuthor(me.id(), me.email());
    }

    /** Every version of a submitted proposal, newest first: public, so anyone can see what changed and when. */
    @PermitAll
    public List<ProposalVersionSummary> publicVersions(long id) {
        return authorship.find(id).getStatus().isPublic() ? versions.of(id) : List.of();
    }
}
