package org.civitas.proposal.ui;

import java.time.ZonedDateTime;

import org.civitas.proposal.CommentService;
import org.civitas.proposal.CommentView;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ReportReason;
import org.civitas.proposal.ReportTarget;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** The proposal's discussion: threads a page at a time, answers, and a report for anything offensive or off topic. */
class CommentsSection extends Div {

    private static final int PAGE = 20;
    private final CommentService comments;
    private final long proposalId;
    private final boolean signedIn;
    /** Asked once per page: whether the discussion still takes comments. */
    private final boolean open;
    private final Div threads = new Div();
    private final H2 heading = new H2();
    private final Button moreButton = new Button();
    private int shown;

    CommentsSection(CommentService comments, long proposalId, boolean signedIn) {
        this.comments = comments;
        this.proposalId = proposalId;
        this.signedIn = signedIn;
        this.open = comments.open(proposalId);
        setId("proposal-comments");
        setWidthFull();
        add(heading);
        moreButton.setText(getTranslation("proposal.comment.more"));
        moreButton.setId("comments-more");
        moreButton.addClickListener(e -> more());
        if (open) {
            add(signedIn ? form(null) : new Paragraph(getTranslation("proposal.comment.sign-in")));
        }
        add(threads);
        more();
    }

    private void more() {
        int total = comments.threads(proposalId);
        heading.setText(getTranslation("proposal.comment.title", total));
        threads.remove(moreButton);
        var page = comments.page(proposalId, shown, PAGE);
        page.forEach(c -> threads.add(comment(c, true)));
        shown += page.size();
        if (shown < total) {
            threads.add(moreButton);
        }
    }

    private Div comment(CommentView c, boolean thread) {
        var box = new Div();
        box.addClassName(thread ? "civitas-comment" : "civitas-reply");
        box.setId("comment-" + c.id());
        var by = new Span(getTranslation("proposal.comment.by", c.authorName(),
                Formats.dateTime(ZonedDateTime.ofInstant(c.createdAt(), Formats.CITY_ZONE), getLocale())));
        by.addClassName("civitas-comment-by");
        box.add(by, new Paragraph(c.hidden() ? getTranslation("proposal.comment.hidden", c.hiddenReason()) : c.text()));
        if (signedIn && !c.hidden()) {
            box.add(actions(c));
        }
        c.replies().forEach(r -> box.add(comment(r, false)));
        return box;
    }

    private MenuBar actions(CommentView c) {
        var bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        if (open) {
            bar.addItem(getTranslation("proposal.comment.reply"), e -> {
                var box = (Div) bar.getParent().orElseThrow();
                box.add(form(c.id()));
            });
        }
        MenuItem report = bar.addItem(getTranslation("proposal.report.title"));
        for (ReportReason reason : ReportReason.values()) {
            report.getSubMenu().addItem(getTranslation(reason.translationKey()), e -> report(ReportTarget.COMMENT, c.id(), reason));
        }
        return bar;
    }

    void report(ReportTarget target, long id, ReportReason reason) {
        try {
            comments.report(target, id, reason);
            Notices.success(getTranslation("proposal.report.done"));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
    }

    private Div form(Long parentId) {
        var text = new TextArea(getTranslation(parentId == null ? "proposal.comment.new" : "proposal.comment.answer"));
        text.setId(parentId == null ? "comment-text" : "reply-text-" + parentId);
        text.setMaxLength(4000);
        text.setWidthFull();
        var post = new Button(getTranslation("proposal.comment.post"), e -> {
            try {
                comments.post(proposalId, parentId, text.getValue());
                text.clear();
                threads.removeAll();
                shown = 0;
                more();
            } catch (ProposalRuleException ex) {
                Notices.refuse(ex);
            }
        });
        post.setId(parentId == null ? "comment-post" : "reply-post-" + parentId);
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return new Div(text, post);
    }
}
