package org.civitas.review;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.review.internal.Protest;
import org.civitas.review.internal.ProtestRepository;
import org.civitas.review.internal.Review;
import org.civitas.review.internal.ReviewRepository;
import org.civitas.review.internal.Reviewers;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An author protests against a negative decision, once, within {@value #DAYS} days of it. */
@Service
@Transactional(readOnly = true)
@RolesAllowed("RESIDENT")
public class ProtestService {

    public static final int DAYS = 10;
    private final ProtestRepository protests;
    private final ReviewRepository reviews;
    private final CatalogueService catalogue;
    private final ProposalService proposals;
    private final Reviewers reviewers;
    private final org.civitas.review.internal.AuditLog audit;

    ProtestService(ProtestRepository protests, ReviewRepository reviews, CatalogueService catalogue,
            ProposalService proposals, Reviewers reviewers, org.civitas.review.internal.AuditLog audit) {
        this.protests = protests;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.proposals = proposals;
        this.reviewers = reviewers;
        this.audit = audit;
    }

    public ProtestState state(long proposalId) {
        if (!proposals.isMine(proposalId)) {
            throw new ReviewRuleException("review.protest.error.not-author");
        }
        LocalDate deadline = deadline(proposalId).orElse(null);
        var page = catalogue.page(proposalId, Language.PL);
        boolean rejected = page.map(p -> p.status() == ProposalStatus.REJECTED).orElse(false);
        var protest = protests.findByProposalId(proposalId).map(p -> p.summary(page.map(x -> x.title()).orElse("")));
        boolean open = protest.isEmpty() && deadline != null && !reviewers.today().isAfter(deadline) && rejected;
        return new ProtestState(deadline, open, protest);
    }

    @Transactional
    public void file(long proposalId, String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new ReviewRuleException("review.protest.error.reasons");
        }
        if (!proposals.isMine(proposalId)) {
            throw new ReviewRuleException("review.protest.error.not-author");
        }
        if (!rejected(proposalId)) {
            throw new ReviewRuleException("review.protest.error.not-rejected");
        }
        LocalDate deadline = deadline(proposalId).orElseThrow(() -> new ReviewRuleException("review.protest.error.not-rejected"));
        if (reviewers.today().isAfter(deadline)) {
            throw new ReviewRuleException("review.protest.error.too-late", deadline);
        }
        if (protests.findByProposalId(proposalId).isPresent()) {
            throw new ReviewRuleException("review.protest.error.second");
        }
        try {
            protests.saveAndFlush(new Protest(proposalId, reviewers.me().id(), reasons.strip(), reviewers.now()));
            audit.record("proposal", proposalId, "protest-filed", null, reasons.strip());
        } catch (DataIntegrityViolationException twoAtOnce) {
            throw new ReviewRuleException("review.protest.error.second");
        }
    }

    private Optional<LocalDate> deadline(long proposalId) {
        return reviews.findById(proposalId).map(Review::getDecidedAt)
                .map(at -> at.atZone(Formats.CITY_ZONE).toLocalDate().plusDays(DAYS));
    }

    private boolean rejected(long proposalId) {
        return catalogue.page(proposalId, Language.PL).map(p -> p.status() == ProposalStatus.REJECTED).orElse(false);
    }
}
