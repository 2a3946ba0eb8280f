package org.civitas.proposal;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Merge;
import org.civitas.proposal.internal.MergeRepository;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.civitas.proposal.internal.StatusChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two proposals become one when both authors agree: the author of one asks to join it into the other, and the
 * other's author accepts. The joined proposal ends as merged, pointing to the other; its author becomes a
 * co-author there. Possible until the edition's withdrawals and merges end.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("RESIDENT")
public class MergeService {

    private static final Logger log = LoggerFactory.getLogger(MergeService.class);
    private static final Set<ProposalStatus> MERGEABLE = Set.of(ProposalStatus.COLLECTING_SUPPORT,
            ProposalStatus.IN_VERIFICATION);

    private final MergeRepository merges;
    private final ProposalRepository proposals;
    private final Authorship authorship;
    private final ProposalRules rules;
    private final Contacts contacts;
    private final StatusChanges statuses;

    MergeService(MergeRepository merges, ProposalRepository proposals, Authorship authorship, ProposalRules rules,
            Contacts contacts, StatusChanges statuses) {
        this.merges = merges;
        this.proposals = proposals;
        this.authorship = authorship;
        this.rules = rules;
        this.contacts = contacts;
        this.statuses = statuses;
    }

    /** The signed-in author's proposals that could be joined into {@code intoId}. */
    public List<MyProposal> candidates(long intoId) {
        Proposal into = authorship.find(intoId);
        CurrentAccount me = authorship.me();
        return proposals.findByAuthor(me.id(), me.email()).stream()
                .filter(p -> p.getEditionId() == into.getEditionId() && p.getId() != intoId)
                .filter(p -> MERGEABLE.contains(p.getStatus()) && !into.isAuthor(me.id(), me.email()))
                .map(p -> new MyProposal(p.getId(), p.getEditionId(), p.getTitle(), p.getStatus(), p.getUpdatedAt(), false))
                .toList();
    }

    @Transactional
    public void propose(long fromId, long intoId) {
        Proposal from = authorship.authored(fromId);
        Proposal into = authorship.find(intoId);
        check(from, into);
        if (merges.existsByFromIdAndIntoIdAndStatus(fromId, intoId, MergeStatus.PROPOSED)) {
            throw new ProposalRuleException("proposal.merge.already");
        }
        merges.save(new Merge(fromId, intoId, authorship.me().id(), rules.now()));
        log.info("Merge of proposal {} into {} proposed", fromId, intoId);
    }

    /** Requests waiting for the signed-in person, as an author of the proposal to merge into. */
    public List<MergeRequest> waiting() {
        CurrentAccount me = authorship.me();
        List<Long> mine = proposals.findByAuthor(me.id(), me.email()).stream().map(Proposal::getId).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return merges.findByIntoIdInAndStatus(mine, MergeStatus.PROPOSED).stream().map(m -> new MergeRequest(m.getId(),
                m.getFromId(), authorship.find(m.getFromId()).getTitle(), m.getIntoId(),
                authorship.find(m.getIntoId()).getTitle())).toList();
    }

    @Transactional
    public void answer(long mergeId, boolean accept) {
        Merge merge = merges.findById(mergeId).filter(m -> m.getStatus() == MergeStatus.PROPOSED)
                .orElseThrow(() -> new ProposalRuleException("proposal.merge.no-request"));
        Proposal into = authorship.authored(merge.getIntoId());
        Proposal from = authorship.find(merge.getFromId());
        if (accept) {
            check(from, into);
            String fromAuthor = contacts.byId(from.getAuthorId()).map(c -> c.email()).orElse(null);
            if (fromAuthor == null) {
                throw new ProposalRuleException("proposal.merge.no-request");
            }
            ProposalStatus before = from.getStatus();
            from.mergeInto(into, fromAuthor);
            statuses.changed(from, before);
            log.info("Proposal {} merged into {}", from.getId(), into.getId());
        }
        merge.answer(accept, rules.now());
    }

    private void check(Proposal from, Proposal into) {
        if (from.getEditionId() != into.getEditionId() || from.getId().equals(into.getId())
                || !MERGEABLE.contains(from.getStatus()) || !MERGEABLE.contains(into.getStatus())) {
            throw new ProposalRuleException("proposal.merge.not-possible");
        }
        if (!rules.withdrawalsOpen(rules.edition(from.getEditionId()))) {
            throw new ProposalRuleException("proposal.merge.too-late");
        }
    }
}
