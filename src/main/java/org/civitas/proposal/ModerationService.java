package org.civitas.proposal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.internal.Comment;
import org.civitas.proposal.internal.CommentRepository;
import org.civitas.proposal.internal.ContentReport;
import org.civitas.proposal.internal.ContentReportRepository;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalEvents;
import org.civitas.proposal.internal.ProposalRepository;
import org.civitas.proposal.internal.ProposalRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators (officials) go through what residents reported, and hide a proposal or comment with a public
 * reason (its author is told) or dismiss the reports.
 */
@Service
@Transactional
@RolesAllowed("OFFICIAL")
public class ModerationService {

    private static final int EXCERPT = 200;
    private final ContentReportRepository reports;
    private final CommentRepository comments;
    private final ProposalRepository proposals;
    private final ProposalRules rules;
    private final ProposalEvents events;

    ModerationService(ContentReportRepository reports, CommentRepository comments, ProposalRepository proposals,
            ProposalRules rules, ProposalEvents events) {
        this.reports = reports;
        this.comments = comments;
        this.proposals = proposals;
        this.rules = rules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> open() {
        Map<String, List<ContentReport>> byTarget = new LinkedHashMap<>();
        reports.findByResolvedFalseOrderByIdAsc().forEach(r ->
                byTarget.computeIfAbsent(r.getTargetType() + ":" + r.getTargetId(), k -> new ArrayList<>()).add(r));
        List<ReportSummary> result = new ArrayList<>();
        for (List<ContentReport> group : byTarget.values()) {
            ContentReport first = group.get(0);
            var reasons = EnumSet.noneOf(ReportReason.class);
            group.forEach(r -> reasons.add(r.getReason()));
            Target t = target(first.getTargetType(), first.getTargetId());
            result.add(new ReportSummary(first.getTargetType(), first.getTargetId(), t.proposalId(), t.excerpt(),
                    group.size(), reasons));
        }
        return result;
    }

    public void hide(ReportTarget target, long targetId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProposalRuleException("proposal.moderation.reason-required");
        }
        Target t = target(target, targetId);
        if (target == ReportTarget.PROPOSAL) {
            proposals.findById(targetId).orElseThrow().hide(reason.strip());
        } else {
            comments.findById(targetId).orElseThrow().hide(reason.strip(), rules.now());
        }
        resolve(target, targetId);
        events.contact(t.authorId()).ifPresent(author -> events.publish(
                new ContentHidden(target, targetId, t.proposalId(), t.excerpt(), reason.strip(), author)));
    }

    public void dismiss(ReportTarget target, long targetId) {
        resolve(target, targetId);
    }

    private void resolve(ReportTarget target, long targetId) {
        reports.findByTargetTypeAndTargetIdAndResolvedFalse(target, targetId).forEach(ContentReport::resolve);
    }

    private record Target(long proposalId, long authorId, String excerpt) {
    }

    private Target target(ReportTarget type, long id) {
        if (type == ReportTarget.PROPOSAL) {
            Proposal p = proposals.findById(id).orElseThrow(() -> new ProposalRuleException("proposal.moderation.gone"));
            return new Target(p.getId(), p.getAuthorId(), excerpt(p.getTitle()));
        }
        Comment c = comments.findById(id).orElseThrow(() -> new ProposalRuleException("proposal.moderation.gone"));
        return new Target(c.getProposalId(), c.getAuthorId(), excerpt(c.getText()));
    }

    private static String excerpt(String text) {
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    }
}
