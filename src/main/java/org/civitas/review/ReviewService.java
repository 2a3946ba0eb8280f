package org.civitas.review;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.ProposalUnderReview;
import org.civitas.proposal.VerificationService;
import org.civitas.review.internal.AuditLog;
import org.civitas.review.internal.Review;
import org.civitas.review.internal.ReviewNote;
import org.civitas.review.internal.ReviewNoteRepository;
import org.civitas.review.internal.ReviewRepository;
import org.civitas.review.internal.Reviewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' steps on one proposal: assignment, the formal and merit checklists, a corrected cost, internal
 * notes, a request for changes, and the decision. Every input is checked before anything is written, every
 * change is written to the audit log in the same transaction, and nobody decides on their own proposal.
 */
@Service
@Transactional
@RolesAllowed("OFFICIAL")
public class ReviewService {

    static final String SUBJECT = "proposal";
    private final ReviewRepository reviews;
    private final ReviewNoteRepository notes;
    private final VerificationService verification;
    private final AuditLog audit;
    private final Reviewers reviewers;

    ReviewService(ReviewRepository reviews, ReviewNoteRepository notes, VerificationService verification,
            AuditLog audit, Reviewers reviewers) {
        this.reviews = reviews;
        this.notes = notes;
        this.verification = verification;
        this.audit = audit;
        this.reviewers = reviewers;
    }

    public void assign(long proposalId, Long unitId, Long assigneeId) {
        verification.get(proposalId);
        Review r = review(proposalId);
        audit.record(SUBJECT, proposalId, "assignment", r.getUnitId() + "/" + r.getAssigneeId(), unitId + "/" + assigneeId);
        r.assign(unitId, assigneeId);
    }

    public void check(long proposalId, Checklist checklist) {
        verification.get(proposalId);
        Review r = review(proposalId);
        audit.record(SUBJECT, proposalId, "checklist", r.checklist(), checklist);
        r.check(checklist);
    }

    public void correctCost(long proposalId, BigDecimal cost, String explanation) {
        if (cost == null || cost.signum() <= 0) {
            throw new ReviewRuleException("review.error.cost-invalid");
        }
        if (blank(explanation)) {
            throw new ReviewRuleException("review.error.explanation-required");
        }
        ProposalUnderReview p = verification.get(proposalId);
        Review r = review(proposalId);
        BigDecimal before = r.getCorrectedCost() == null ? p.totalCost() : r.getCorrectedCost();
        audit.record(SUBJECT, proposalId, "cost", before, cost);
        r.correctCost(cost.setScale(2, java.math.RoundingMode.HALF_UP), explanation.strip());
    }

    public void addNote(long proposalId, String text) {
        if (blank(text)) {
            throw new ReviewRuleException("review.error.note-empty");
        }
        verification.get(proposalId);
        notes.save(new ReviewNote(proposalId, reviewers.me().id(), reviewers.now(), text.strip()));
    }

    public void requestChanges(long proposalId, String request, LocalDate until) {
        if (blank(request)) {
            throw new ReviewRuleException("review.error.request-empty");
        }
        if (until == null || !until.isAfter(reviewers.today())) {
            throw new ReviewRuleException("review.error.deadline-past");
        }
        ProposalUnderReview p = verification.get(proposalId);
        verification.moveTo(proposalId, ProposalStatus.CHANGES_REQUESTED);
        review(proposalId).requestChanges(request.strip(), until);
        audit.record(SUBJECT, proposalId, "changes-requested", null, request.strip() + " / " + until);
        reviewers.contact(p.authorId()).ifPresent(author -> reviewers.publish(
                new ChangesRequested(proposalId, p.title(), author, request.strip(), until)));
    }

    /**
     * @throws ReviewRuleException without a reason, with a reason of the other kind, for a positive decision
     *         before every check has passed, or for a reviewer who (co-)authored the proposal
     */
    public void decide(long proposalId, boolean positive, ReasonTemplate reason, String text) {
        if (reason == null || reason.positive() != positive) {
            throw new ReviewRuleException("review.error.reason-required");
        }
        CurrentAccount me = reviewers.me();
        if (verification.isAuthor(proposalId, me.id(), me.email())) {
            throw new ReviewRuleException("review.error.own-proposal");
        }
        ProposalUnderReview p = verification.get(proposalId);
        Review r = review(proposalId);
        if (positive && !(r.checklist().formalPassed() && r.checklist().meritPassed())) {
            throw new ReviewRuleException("review.error.checks-incomplete");
        }
        ProposalStatus next = positive ? ProposalStatus.VERIFIED : ProposalStatus.REJECTED;
        verification.moveTo(proposalId, next);
        String words = blank(text) ? "" : text.strip();
        r.decide(positive, reason, words, me.id(), reviewers.now());
        // the status change itself reaches the audit log from the proposal module's event
        audit.record(SUBJECT, proposalId, "decision", null, reason.key() + (words.isEmpty() ? "" : ": " + words));
        reviewers.contact(p.authorId()).ifPresent(author -> reviewers.publish(
                new ReviewDecided(proposalId, p.title(), author, positive, reason.key(), words)));
    }

    private Review review(long proposalId) {
        return reviews.findById(proposalId).orElseGet(() -> reviews.save(new Review(proposalId)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
