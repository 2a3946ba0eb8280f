package org.civitas.review;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.ProposalUnderReview;
import org.civitas.proposal.VerificationService;
import org.civitas.review.internal.AuditLog;
import org.civitas.review.internal.ProtestRepository;
import org.civitas.review.internal.Reviewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Once every protest is settled, an official publishes the list of proposals going to the vote. */
@Service
@Transactional
@RolesAllowed("OFFICIAL")
public class FinalListService {

    private final ProtestRepository protests;
    private final VerificationService verification;
    private final AuditLog audit;
    private final Reviewers reviewers;

    FinalListService(ProtestRepository protests, VerificationService verification, AuditLog audit, Reviewers reviewers) {
        this.protests = protests;
        this.verification = verification;
        this.audit = audit;
        this.reviewers = reviewers;
    }

    /** @return the proposals now on the final list */
    public List<ProposalUnderReview> publish(long editionId) {
        var ids = verification.underReview(editionId).stream().map(ProposalUnderReview::id).toList();
        if (!ids.isEmpty() && protests.existsByProposalIdInAndStatusIn(ids,
                Set.of(ProtestStatus.FILED, ProtestStatus.HEARING_SCHEDULED))) {
            throw new ReviewRuleException("review.final.error.open-protests");
        }
        var onBallot = verification.publishFinalList(editionId);
        audit.record("edition", editionId, "final-list", null, onBallot.size() + " proposals");
        onBallot.forEach(p -> reviewers.contact(p.authorId()).ifPresent(author ->
                reviewers.publish(new ProposalOnBallot(p.id(), p.title(), author))));
        return onBallot;
    }
}
