package org.civitas.proposal.ui;

import java.util.List;

import org.civitas.proposal.CoAuthorService;
import org.civitas.proposal.CoAuthorSummary;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.shared.ui.Fields;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Step 6: co-authors, invited by email; they become authors only when they accept. */
class CoAuthorStep extends VerticalLayout {

    private final CoAuthorService coAuthors;
    private final long proposalId;
    private final Div list = new Div();

    CoAuthorStep(CoAuthorService coAuthors, long proposalId, List<CoAuthorSummary> current) {
        this.coAuthors = coAuthors;
        this.proposalId = proposalId;
        setPadding(false);
        var email = Fields.email(getTranslation("proposal.coauthor.email"));
        email.setId("coauthor-email");
        var invite = new Button(getTranslation("proposal.coauthor.invite"), VaadinIcon.ENVELOPE.create(), e -> {
            try {
                coAuthors.invite(proposalId, email.getValue());
                email.clear();
                Notices.success(getTranslation("proposal.coauthor.invited"));
                show(coAuthors.current(proposalId));
            } catch (ProposalRuleException ex) {
                Notices.refuse(ex);
            }
        });
        invite.setId("coauthor-invite");
        var row = new HorizontalLayout(email, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        list.setId("coauthor-list");
        add(new Paragraph(getTranslation("proposal.coauthor.intro")), row, list);
        show(current);
    }

    private void show(List<CoAuthorSummary> current) {
        list.removeAll();
        for (CoAuthorSummary c : current) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                coAuthors.remove(proposalId, c.email());
                show(coAuthors.current(proposalId));
            });
            remove.setAriaLabel(getTranslation("proposal.coauthor.remove", c.email()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var line = new HorizontalLayout(new Span(c.email()), new Span(getTranslation(c.status().translationKey())),
                    remove);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(line);
        }
    }
}
