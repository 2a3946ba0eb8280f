package org.civitas.proposal;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.StatusChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review module may do to proposals: list those under review and move them through verification.
 * Only these moves are allowed, so a review can never revive a withdrawn or merged proposal.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("OFFICIAL")
public class VerificationService {

    private static final Logger log = LoggerFactory.getLogger(VerificationService.class);
    static final Set<ProposalStatus> UNDER_REVIEW = Set.of(ProposalStatus.IN_VERIFICATION,
            ProposalStatus.CHANGES_REQUESTED, ProposalStatus.VERIFIED, ProposalStatus.REJECTED, ProposalStatus.ON_BALLOT);
    private static final Map<ProposalStatus, Set<ProposalStatus>> MOVES = Map.of(
            ProposalStatus.IN_VERIFICATION, Set.of(ProposalStatus.CHANGES_REQUESTED, ProposalStatus.VERIFIED,
                    ProposalStatus.REJECTED),
            ProposalStatus.CHANGES_REQUESTED, Set.of(ProposalStatus.IN_VERIFICATION, ProposalStatus.VERIFIED,
                    ProposalStatus.REJECTED),
            // a protest upheld at its hearing sends a rejected proposal to the vote after all
            ProposalStatus.REJECTED, Set.of(ProposalStatus.VERIFIED),
            ProposalStatus.VERIFIED, Set.of(ProposalStatus.ON_BALLOT));

    private final ProposalRepository proposals;
    private final StatusChanges statuses;

    VerificationService(ProposalRepository proposals, StatusChanges statuses) {
        this.proposals = proposals;
        this.statuses = statuses;
    }

    public List<ProposalUnderReview> underReview(long editionId) {
        return proposals.findByEditionIdAndStatusInOrderBySubmittedAt(editionId, UNDER_REVIEW).stream().map(VerificationService::row)
                .toList();
    }

    public ProposalUnderReview get(long proposalId) {
        return row(find(proposalId));
    }

    /** Whether the account wrote or co-writes the proposal: such a reviewer may not decide on it. */
    public boolean isAuthor(long proposalId, long accountId, String email) {
        return find(proposalId).isAuthor(accountId, email);
    }

    @Transactional
    public void moveTo(long proposalId, ProposalStatus next) {
        Proposal p = find(proposalId);
        if (!MOVES.getOrDefault(p.getStatus(), Set.of()).contains(next)) {
            throw new ProposalRuleException("review.error.not-under-review");
        }
        log.info("Proposal {} moves from {} to {}", proposalId, p.getStatus(), next);
        statuses.move(p, next);
    }

    /** Puts every verified proposal of the edition on the final list. @return how many */
    @Transactional
    public List<ProposalUnderReview> publishFinalList(long editionId) {
        var verified = proposals.findByEditionIdAndStatusInOrderBySubmittedAt(editionId, Set.of(ProposalStatus.VERIFIED));
        verified.forEach(p -> statuses.move(p, ProposalStatus.ON_BALLOT));
        log.info("Final list of edition {} published: {} proposals", editionId, verified.size());
        return verified.stream().map(VerificationService::row).toList();
    }

    private Proposal find(long id) {
        return proposals.findById(id).orElseThrow(() -> new NoSuchElementException("No proposal " + id));
    }

    private static ProposalUnderReview row(Proposal p) {
        return new ProposalUnderReview(p.getId(), p.getEditionId(), p.getTitle(), p.getPoolId(), p.getCategoryId(),
                p.getTotalCost(), p.getStatus(), p.getSubmittedAt(), p.getAuthorId());
    }
}
