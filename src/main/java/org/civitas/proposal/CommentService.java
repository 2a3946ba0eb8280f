package org.civitas.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.Phase;
import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Comment;
import org.civitas.proposal.internal.CommentRepository;
import org.civitas.proposal.internal.ContentReport;
import org.civitas.proposal.internal.ContentReportRepository;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRules;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on submitted proposals, during submission and verification: anyone reads them, signed-in residents
 * write and answer them, and anyone signed in reports a proposal or comment as offensive or off-topic.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private static final int MAX_LENGTH = 4000;
    private final CommentRepository comments;
    private final ContentReportRepository reports;
    private final Authorship authorship;
    private final ProposalRules rules;
    private final Contacts contacts;

    CommentService(CommentRepository comments, ContentReportRepository reports, Authorship authorship,
            ProposalRules rules, Contacts contacts) {
        this.comments = comments;
        this.reports = reports;
        this.authorship = authorship;
        this.rules = rules;
        this.contacts = contacts;
    }

    /** A page of the proposal's threads, oldest first, each with its answers. */
    public List<CommentView> page(long proposalId, int offset, int limit) {
        int size = Math.max(1, limit);
        var top = comments.findByProposalIdAndParentIdIsNullOrderByIdAsc(proposalId, PageRequest.of(offset / size, size));
        Map<Long, List<Comment>> replies = comments.findByParentIdInOrderByIdAsc(top.stream().map(Comment::getId).toList())
                .stream().collect(Collectors.groupingBy(Comment::getParentId));
        return top.stream().map(c -> view(c, replies.getOrDefault(c.getId(), List.of()).stream()
                .map(r -> view(r, List.of())).toList())).toList();
    }

    public int threads(long proposalId) {
        return (int) comments.countByProposalIdAndParentIdIsNull(proposalId);
    }

    /** Comments are open on a submitted proposal until the edition's verification ends. */
    public boolean open(long proposalId) {
        Proposal p = authorship.find(proposalId);
        var edition = rules.edition(p.getEditionId());
        boolean inTime = edition.phase(Phase.VERIFICATION).map(v -> !rules.today().isAfter(v.end())).orElse(true);
        return inTime && p.getStatus().isPublic() && p.getHiddenReason() == null;
    }

    /** A new thread ({@code parentId} null) or an answer to one. */
    @RolesAllowed("RESIDENT")
    @Transactional
    public void post(long proposalId, Long parentId, String text) {
        if (text == null || text.isBlank()) {
            throw new ProposalRuleException("proposal.comment.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ProposalRuleException("proposal.comment.too-long", MAX_LENGTH);
        }
        if (!open(proposalId)) {
            throw new ProposalRuleException("proposal.comment.closed");
        }
        Long thread = null;
        if (parentId != null) {
            Comment parent = comments.findById(parentId).filter(c -> c.getProposalId() == proposalId)
                    .orElseThrow(() -> new ProposalRuleException("proposal.comment.no-parent"));
            // answers to answers join the same thread
            thread = parent.getParentId() == null ? parent.getId() : parent.getParentId();
        }
        comments.save(new Comment(proposalId, thread, authorship.me().id(), text.strip(), rules.now()));
    }

    @RolesAllowed("RESIDENT")
    @Transactional
    public void report(ReportTarget target, long targetId, ReportReason reason) {
        CurrentAccount me = authorship.me();
        if (reports.existsByTargetTypeAndTargetIdAndReporterId(target, targetId, me.id())) {
            throw new ProposalRuleException("proposal.report.already");
        }
        try {
            reports.saveAndFlush(new ContentReport(target, targetId, me.id(), reason, rules.now()));
        } catch (DataIntegrityViolationException twice) {
            throw new ProposalRuleException("proposal.report.already");
        }
    }

    private CommentView view(Comment c, List<CommentView> replies) {
        boolean hidden = c.getHiddenReason() != null;
        return new CommentView(c.getId(), contacts.publicName(c.getAuthorId()).orElse(""), hidden ? null : c.getText(),
                c.getHiddenReason(), c.getCreatedAt(), replies);
    }
}
