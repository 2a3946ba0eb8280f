package org.civitas.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.ProposalUnderReview;
import org.civitas.proposal.VerificationService;
import org.civitas.review.internal.AuditLog;
import org.civitas.review.internal.Protest;
import org.civitas.review.internal.ProtestRepository;
import org.civitas.review.internal.Reviewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials hear protests: a hearing (when, where or online, who), then the outcome, which the author learns. */
@Service
@Transactional
@RolesAllowed("OFFICIAL")
public class HearingService {

    private final ProtestRepository protests;
    private final VerificationService verification;
    private final AuditLog audit;
    private final Reviewers reviewers;

    HearingService(ProtestRepository protests, VerificationService verification, AuditLog audit, Reviewers reviewers) {
        this.protests = protests;
        this.verification = verification;
        this.audit = audit;
        this.reviewers = reviewers;
    }

    @Transactional(readOnly = true)
    public List<ProtestSummary> protests(long editionId) {
        Map<Long, ProposalUnderReview> proposals = verification.underReview(editionId).stream()
                .collect(Collectors.toMap(ProposalUnderReview::id, Function.identity()));
        return protests.findByProposalIdInOrderByFiledAt(proposals.keySet()).stream()
                .map(p -> p.summary(proposals.get(p.getProposalId()).title())).toList();
    }

    public void schedule(long protestId, Instant at, String place, String participants) {
        if (at == null || !at.isAfter(reviewers.now())) {
            throw new ReviewRuleException("review.protest.error.hearing-past");
        }
        if (place == null || place.isBlank()) {
            throw new ReviewRuleException("review.protest.error.place");
        }
        Protest protest = open(protestId);
        protest.schedule(at, place.strip(), participants == null ? "" : participants.strip());
        audit.record("proposal", protest.getProposalId(), "hearing", null, at + " " + place.strip());
        var p = verification.get(protest.getProposalId());
        reviewers.contact(p.authorId()).ifPresent(author -> reviewers.publish(
                new HearingScheduled(p.id(), p.title(), author, at, place.strip())));
    }

    /** Upheld: the proposal goes to the vote after all; dismissed: the negative decision stands. */
    public void decide(long protestId, boolean upheld, String text) {
        if (text == null || text.isBlank()) {
            throw new ReviewRuleException("review.protest.error.outcome-text");
        }
        Protest protest = open(protestId);
        if (protest.getStatus() != ProtestStatus.HEARING_SCHEDULED) {
            throw new ReviewRuleException("review.protest.error.no-hearing");
        }
        if (upheld) {
            verification.moveTo(protest.getProposalId(), ProposalStatus.VERIFIED);
        }
        protest.decide(upheld, text.strip(), reviewers.me().id(), reviewers.now());
        audit.record("proposal", protest.getProposalId(), "protest", null, (upheld ? "UPHELD: " : "DISMISSED: ") + text.strip());
        var p = verification.get(protest.getProposalId());
        reviewers.contact(p.authorId()).ifPresent(author -> reviewers.publish(
                new ProtestDecided(p.id(), p.title(), author, upheld, text.strip())));
    }

    private Protest open(long protestId) {
        Protest protest = protests.findById(protestId)
                .orElseThrow(() -> new ReviewRuleException("review.protest.error.unknown"));
        if (protest.getStatus().settled()) {
            throw new ReviewRuleException("review.protest.error.settled");
        }
        return protest;
    }
}
