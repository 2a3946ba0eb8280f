package org.civitas.proposal.ui;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.proposal.ModerationService;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ReportSummary;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Moderators see what residents reported and hide it with a public reason, or dismiss the reports. */
@Route("moderation")
@Menu(order = 48, title = "proposal.moderation.title")
@RolesAllowed("OFFICIAL")
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final Div list = new Div();

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("civitas-page");
        list.setId("moderation-list");
        add(new H1(getTranslation("proposal.moderation.title")), list);
        show();
    }

    private void show() {
        list.removeAll();
        var open = moderation.open();
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("proposal.moderation.none")));
        }
        open.forEach(r -> list.add(card(r)));
    }

    private Div card(ReportSummary r) {
        String key = r.target().name().toLowerCase() + "-" + r.targetId();
        var reasons = String.join(", ", r.reasons().stream().map(x -> getTranslation(x.translationKey())).toList());
        var card = new Div(new Paragraph(r.excerpt()), new Paragraph(getTranslation("proposal.moderation.reports",
                r.reports(), reasons)), new RouterLink(getTranslation("proposal.moderation.open"), ProposalView.class,
                        ProposalView.parameters(r.proposalId())));
        card.addClassName("civitas-card");
        card.setId("report-" + key);
        var reason = new TextField(getTranslation("proposal.moderation.reason"));
        reason.setId("hide-reason-" + key);
        reason.setMaxLength(1000);
        var hide = new Button(getTranslation("proposal.moderation.hide"), e -> act(() ->
                moderation.hide(r.target(), r.targetId(), reason.getValue())));
        hide.setId("hide-" + key);
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var dismiss = new Button(getTranslation("proposal.moderation.dismiss"), e -> act(() ->
                moderation.dismiss(r.target(), r.targetId())));
        dismiss.setId("dismiss-" + key);
        var row = new HorizontalLayout(reason, hide, dismiss);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        card.add(row);
        return card;
    }

    private void act(Runnable step) {
        try {
            step.run();
            Notices.success(getTranslation("proposal.moderation.done"));
            show();
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.moderation.title");
    }
}
