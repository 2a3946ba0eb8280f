package org.civitas.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.Contact;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalUnderReview;
import org.civitas.proposal.VerificationService;
import org.civitas.review.internal.CityUnit;
import org.civitas.review.internal.CityUnitRepository;
import org.civitas.review.internal.Review;
import org.civitas.review.internal.ReviewNoteRepository;
import org.civitas.review.internal.ReviewRepository;
import org.civitas.review.internal.Reviewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What reviewers read: the queue of an edition's proposals under review, one review whole, units and colleagues. */
@Service
@Transactional(readOnly = true)
@RolesAllowed("OFFICIAL")
public class ReviewQueueService {

    private final ReviewRepository reviews;
    private final ReviewNoteRepository notes;
    private final VerificationService verification;
    private final CityUnitRepository units;
    private final Reviewers reviewers;

    ReviewQueueService(ReviewRepository reviews, ReviewNoteRepository notes, VerificationService verification,
            CityUnitRepository units, Reviewers reviewers) {
        this.reviews = reviews;
        this.notes = notes;
        this.verification = verification;
        this.units = units;
        this.reviewers = reviewers;
    }

    /** The edition's proposals under review that pass the filter, oldest submission first. */
    public List<ReviewRow> queue(long editionId, ReviewFilter filter) {
        List<ProposalUnderReview> proposals = verification.underReview(editionId);
        Map<Long, Review> byProposal = reviews.findAllById(proposals.stream().map(ProposalUnderReview::id).toList())
                .stream().collect(Collectors.toMap(r -> r.proposalId(), Function.identity()));
        Map<Long, String> names = assignees().stream().collect(Collectors.toMap(Assignee::accountId, Assignee::name));
        return proposals.stream().map(p -> row(p, byProposal.get(p.id()), names)).filter(r -> matches(r, filter))
                .sorted(Comparator.comparing(ReviewRow::submittedAt)).toList();
    }

    public ReviewDetails details(long proposalId) {
        ProposalUnderReview p = verification.get(proposalId);
        Review r = reviews.findById(proposalId).orElseGet(() -> new Review(proposalId));
        CurrentAccount me = reviewers.me();
        var noteList = notes.findByProposalIdOrderByCreatedAtDesc(proposalId).stream()
                .map(n -> new ReviewNoteSummary(reviewers.contacts().publicName(n.getAuthorId()).orElse(""),
                        n.getCreatedAt(), n.getText())).toList();
        return new ReviewDetails(p, r.getUnitId(), r.getAssigneeId(), r.checklist(), r.getCorrectedCost(),
                r.getCostExplanation(), r.getChangesRequested(), r.getChangesUntil(), r.positive(), r.getReasonKey(),
                r.getReasonText(), noteList, verification.isAuthor(proposalId, me.id(), me.email()));
    }

    public List<CityUnitSummary> units() {
        return units.findAllByOrderByCode().stream().map(CityUnit::summary).toList();
    }

    public List<Assignee> assignees() {
        return reviewers.contacts().withRole(Role.OFFICIAL).stream()
                .map((Contact c) -> new Assignee(c.accountId(), c.displayName())).toList();
    }

    private static ReviewRow row(ProposalUnderReview p, Review r, Map<Long, String> names) {
        Long assignee = r == null ? null : r.getAssigneeId();
        return new ReviewRow(p.id(), p.title(), p.poolId(), p.categoryId(), p.totalCost(), p.status(), p.submittedAt(),
                r == null ? null : r.getUnitId(), assignee, assignee == null ? "" : names.getOrDefault(assignee, ""),
                r == null ? null : r.getChangesUntil());
    }

    private static boolean matches(ReviewRow r, ReviewFilter f) {
        return (f.poolId() == null || f.poolId() == r.poolId())
                && (f.categoryId() == null || f.categoryId() == r.categoryId())
                && (f.unitId() == null || f.unitId().equals(r.unitId()))
                && (f.assigneeId() == null || (f.assigneeId() == 0 ? r.assigneeId() == null : f.assigneeId().equals(r.assigneeId())))
                && (f.status() == null || f.status() == r.status())
                && (f.dueBy() == null || (r.changesUntil() != null && !r.changesUntil().isAfter(f.dueBy())));
    }
}
