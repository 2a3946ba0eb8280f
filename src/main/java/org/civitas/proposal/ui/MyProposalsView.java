package org.civitas.proposal.ui;

import java.time.ZonedDateTime;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.budget.Phase;
import org.civitas.proposal.CoAuthorService;
import org.civitas.proposal.Invitation;
import org.civitas.proposal.MergeRequest;
import org.civitas.proposal.MergeService;
import org.civitas.proposal.MyProposal;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ProposalService;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** A resident's own proposals and drafts, the co-author invitations waiting for them, and a new proposal. */
@Route("my-proposals")
@Menu(order = 20, title = "proposal.mine.title")
@RolesAllowed("RESIDENT")
public class MyProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final ProposalService proposals;
    private final CoAuthorService coAuthors;
    private final EditionService editions;
    private final MergeService merges;

    MyProposalsView(ProposalService proposals, CoAuthorService coAuthors, EditionService editions,
            MergeService merges) {
        this.proposals = proposals;
        this.coAuthors = coAuthors;
        this.editions = editions;
        this.merges = merges;
        addClassName("civitas-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("proposal.mine.title")));
        var requests = merges.waiting();
        if (!requests.isEmpty()) {
            add(new H2(getTranslation("proposal.merge.requests")));
            requests.forEach(r -> add(mergeRequest(r)));
        }
        var invitations = coAuthors.invitations();
        if (!invitations.isEmpty()) {
            add(new H2(getTranslation("proposal.mine.invitations")));
            invitations.forEach(i -> add(invitation(i)));
        }
        for (EditionSummary e : editions.editions()) {
            // drafting is open from the day the edition is announced until submission ends
            boolean open = editions.details(e.id()).phase(Phase.SUBMISSION)
                    .map(s -> !editions.today().isAfter(s.end())).orElse(false);
            if (open) {
                var start = new Button(getTranslation("proposal.mine.new", e.name().in(getLocale())),
                        VaadinIcon.PLUS.create(), click -> startDraft(e.id()));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.setId("new-proposal-" + e.id());
                add(start);
            }
        }
        var mine = proposals.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.mine.none")));
        }
        var list = new Div();
        list.setId("my-proposals");
        mine.forEach(p -> list.add(line(p)));
        add(list);
    }

    private Div line(MyProposal p) {
        String title = p.title().isBlank() ? getTranslation("proposal.mine.untitled") : p.title();
        var link = new RouterLink(title, p.editable() ? ProposalEditorView.class : ProposalView.class,
                ProposalView.parameters(p.id()));
        var status = new Span(getTranslation(p.status().translationKey()));
        status.getElement().getThemeList().add("badge");
        var when = new Span(getTranslation("proposal.mine.updated",
                Formats.dateTime(ZonedDateTime.ofInstant(p.updatedAt(), Formats.CITY_ZONE), getLocale())));
        var line = new Div(link, new HorizontalLayout(status, when));
        line.addClassName("civitas-card");
        return line;
    }

    private HorizontalLayout invitation(Invitation i) {
        var accept = new Button(getTranslation("proposal.mine.accept"), e -> answer(i, true));
        accept.setId("accept-" + i.proposalId());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("proposal.mine.decline"), e -> answer(i, false));
        var line = new HorizontalLayout(new Span(getTranslation("proposal.mine.invitation", i.title(), i.authorName())),
                accept, decline);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        return line;
    }

    private HorizontalLayout mergeRequest(MergeRequest r) {
        var accept = new Button(getTranslation("proposal.mine.accept"), e -> answerMerge(r, true));
        accept.setId("merge-accept-" + r.mergeId());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("proposal.mine.decline"), e -> answerMerge(r, false));
        var line = new HorizontalLayout(new Span(getTranslation("proposal.merge.request", r.fromTitle(), r.intoTitle())),
                accept, decline);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        return line;
    }

    private void answerMerge(MergeRequest r, boolean accept) {
        try {
            merges.answer(r.mergeId(), accept);
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
        show();
    }

    private void answer(Invitation i, boolean accept) {
        coAuthors.answer(i.proposalId(), accept);
        show();
    }

    private void startDraft(long editionId) {
        try {
            long id = proposals.startDraft(editionId);
            getUI().ifPresent(ui -> ui.navigate(ProposalEditorView.class, ProposalView.parameters(id)));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.mine.title");
    }
}
