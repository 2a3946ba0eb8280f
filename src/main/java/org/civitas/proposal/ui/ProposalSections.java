package org.civitas.proposal.ui;

import java.time.ZonedDateTime;

import org.civitas.proposal.CostItemForm;
import org.civitas.proposal.ProposalPage;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.ProposalTimeline;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.Markdown;
import org.civitas.shared.ui.Notices;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The parts of a proposal's page, so the view stays a plain list of them. */
@Component
class ProposalSections {

    private final ProposalService proposals;
    private final ProposalImages images;
    private final ProposalTimeline timeline;
    private final org.civitas.proposal.CommentService commentService;
    private final java.util.List<org.civitas.proposal.ProposalLinks> links;

    ProposalSections(ProposalService proposals, ProposalImages images, ProposalTimeline timeline,
            org.civitas.proposal.CommentService commentService, java.util.List<org.civitas.proposal.ProposalLinks> links) {
        this.proposals = proposals;
        this.images = images;
        this.timeline = timeline;
        this.commentService = commentService;
        this.links = links;
    }

    /** Other modules' pages about the proposal (e.g. its implementation once funded). */
    Div links(long proposalId) {
        var ui = UI.getCurrent();
        var section = new Div();
        links.forEach(source -> source.linkFor(proposalId).ifPresent(link -> {
            var anchor = new Anchor(link.path(), ui.getTranslation(link.translationKey()));
            anchor.setId(link.id());
            section.add(anchor);
        }));
        return section;
    }

    CommentsSection comments(long proposalId, boolean signedIn) {
        return new CommentsSection(commentService, proposalId, signedIn);
    }

    /** Anyone signed in can report a proposal as offensive or off-topic; a moderator decides. */
    com.vaadin.flow.component.menubar.MenuBar reportProposal(long proposalId, CommentsSection reporter) {
        var ui = UI.getCurrent();
        var bar = new com.vaadin.flow.component.menubar.MenuBar();
        bar.setId("proposal-report");
        bar.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY);
        var report = bar.addItem(ui.getTranslation("proposal.report.proposal"));
        for (var reason : org.civitas.proposal.ReportReason.values()) {
            report.getSubMenu().addItem(ui.getTranslation(reason.translationKey()),
                    e -> reporter.report(org.civitas.proposal.ReportTarget.PROPOSAL, proposalId, reason));
        }
        return bar;
    }

    /** The proposal's way so far: each status with the day it was reached. */
    Div timeline(ProposalPage page) {
        var ui = UI.getCurrent();
        var section = new Div();
        var steps = timeline.of(page.id());
        if (steps.isEmpty()) {
            return section;
        }
        section.setId("proposal-timeline");
        section.add(new H2(ui.getTranslation("proposal.page.timeline")));
        var list = new com.vaadin.flow.component.html.OrderedList();
        for (var s : steps) {
            String day = Formats.date(s.at().atZone(Formats.CITY_ZONE).toLocalDate(), ui.getLocale());
            String what = s.reasonKey() == null ? ui.getTranslation(s.status().translationKey())
                    : (ui.getTranslation(s.reasonKey()) + (s.text().isBlank() ? "" : ": " + s.text()));
            list.add(new com.vaadin.flow.component.html.ListItem(ui.getTranslation("proposal.page.timeline-step", day, what)));
        }
        section.add(list);
        return section;
    }

    Div header(ProposalPage page, EditionTexts texts) {
        var ui = UI.getCurrent();
        var facts = new Div(badge(ui.getTranslation(page.status().translationKey()), "status"),
                badge(texts.pool(page.poolId()), "pool"), badge(texts.category(page.categoryId()), "category"),
                badge(Formats.money(page.totalCost(), ui.getLocale()), "cost"));
        facts.addClassName("civitas-facts");
        var header = new Div(facts);
        if (page.submittedAt() != null) {
            header.add(new Paragraph(ui.getTranslation("proposal.page.byline", page.authorName(),
                    Formats.dateTime(ZonedDateTime.ofInstant(page.submittedAt(), Formats.CITY_ZONE), ui.getLocale()))));
        }
        if (page.mergedIntoId() != null) {
            var merged = new RouterLink(ui.getTranslation("proposal.merge.merged-into"), ProposalView.class,
                    ProposalView.parameters(page.mergedIntoId()));
            merged.setId("proposal-merged-into");
            header.add(new Paragraph(merged));
        }
        Language reader = Language.of(ui.getLocale());
        if (page.shownIn() != reader) {
            var note = new Paragraph(ui.getTranslation("proposal.page.original-language", page.original().nativeName()));
            note.setId("proposal-language-note");
            header.add(note);
        } else if (page.translated()) {
            header.add(new Paragraph(ui.getTranslation("proposal.page.translated-by-author", page.original().nativeName())));
        }
        return header;
    }

    Div body(ProposalPage page) {
        var ui = UI.getCurrent();
        var summary = new Paragraph(page.summary());
        summary.addClassName("civitas-lead");
        var description = new Div();
        description.addClassName("civitas-markdown");
        description.setId("proposal-description");
        description.getElement().setProperty("innerHTML", Markdown.toSafeHtml(page.description()));
        var body = new Div(summary, description);
        if (page.shownIn() != Language.of(ui.getLocale())) {
            body.getElement().setAttribute("lang", page.shownIn().code());
        }
        if (page.address() != null || page.located()) {
            body.add(new H2(ui.getTranslation("proposal.page.location")));
            if (page.address() != null) {
                body.add(new Paragraph(page.address()));
            }
            if (page.located()) {
                body.add(new Anchor(osmLink(page), ui.getTranslation("proposal.page.on-map")));
            }
        }
        return body;
    }

    Div costs(ProposalPage page) {
        var ui = UI.getCurrent();
        var costs = new Div(new H2(ui.getTranslation("proposal.page.costs")));
        costs.setId("proposal-costs");
        costs.setWidthFull();
        for (CostItemForm item : page.costItems()) {
            var line = new Div(new Span(item.getDescription()), new Span(ui.getTranslation("proposal.page.cost-line",
                    item.getQuantity().stripTrailingZeros().toPlainString(),
                    Formats.money(item.getUnitPrice(), ui.getLocale()), Formats.money(item.total(), ui.getLocale()))));
            line.addClassName("civitas-cost-line");
            costs.add(line);
        }
        var total = new Paragraph(ui.getTranslation("proposal.page.total", Formats.money(page.totalCost(), ui.getLocale())));
        total.addClassName("civitas-total");
        costs.add(total);
        return costs;
    }

    Div attachments(ProposalPage page) {
        var ui = UI.getCurrent();
        var section = new Div();
        if (page.attachments().isEmpty()) {
            return section;
        }
        section.add(new H2(ui.getTranslation("proposal.page.attachments")));
        page.attachments().forEach(a -> section.add(a.image() ? images.picture(a)
                : images.download(a, ui.getTranslation("proposal.page.download", a.fileName()))));
        return section;
    }

    /** The kept versions, newest first, each with when it was saved and what its title and summary said. */
    Div history(ProposalPage page) {
        var ui = UI.getCurrent();
        var section = new Div();
        var versions = proposals.publicVersions(page.id());
        if (versions.size() < 2) {
            return section;
        }
        section.setId("proposal-history");
        section.add(new H2(ui.getTranslation("proposal.page.history")));
        for (var v : versions) {
            var saved = Formats.dateTime(ZonedDateTime.ofInstant(v.savedAt(), Formats.CITY_ZONE), ui.getLocale());
            var content = new Div(new Paragraph(v.content().getTitle()), new Paragraph(v.content().getSummary()));
            section.add(new com.vaadin.flow.component.details.Details(
                    ui.getTranslation("proposal.page.version", v.number(), saved), content));
        }
        return section;
    }

    HorizontalLayout authorActions(ProposalPage page) {
        var ui = UI.getCurrent();
        var edit = new Button(ui.getTranslation("proposal.page.edit"),
                e -> ui.navigate(ProposalEditorView.class, ProposalView.parameters(page.id())));
        edit.setId("proposal-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(edit);
        actions.setWrap(true);
        if (page.status() == ProposalStatus.REJECTED) {
            // the protest page belongs to the review module: linked by its address
            var protest = new Anchor("proposals/" + page.id() + "/protest", ui.getTranslation("proposal.page.protest"));
            protest.setId("proposal-protest");
            actions.add(protest);
        }
        if (page.status() != ProposalStatus.WITHDRAWN && page.status() != ProposalStatus.MERGED
                && page.status() != ProposalStatus.DRAFT) {
            var withdraw = new Button(ui.getTranslation("proposal.page.withdraw"), e -> confirmWithdraw(page.id()));
            withdraw.setId("proposal-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        return actions;
    }

    private void confirmWithdraw(long id) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog(ui.getTranslation("proposal.withdraw.title"),
                ui.getTranslation("proposal.withdraw.text"), ui.getTranslation("proposal.withdraw.confirm"), e -> {
                    try {
                        proposals.withdraw(id);
                        ui.getPage().reload();
                    } catch (ProposalRuleException ex) {
                        Notices.refuse(ex);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("proposal.withdraw.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static String osmLink(ProposalPage page) {
        return "https://www.openstreetmap.org/?mlat=" + page.latitude().toPlainString() + "&mlon="
                + page.longitude().toPlainString() + "#map=17/" + page.latitude().toPlainString() + "/"
                + page.longitude().toPlainString();
    }

    private static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("civitas-fact-" + kind);
        return badge;
    }
}
