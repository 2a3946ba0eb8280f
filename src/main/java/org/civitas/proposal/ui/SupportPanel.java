package org.civitas.proposal.ui;

import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.SupportService;
import org.civitas.proposal.SupportState;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A submitted proposal's supporters: progress, days left, and the one-click support (or why not). */
class SupportPanel extends Div {

    private final SupportService supports;
    private final long proposalId;
    private final Runnable changed;
    private SupportState state;

    SupportPanel(SupportService supports, long proposalId, Runnable changed) {
        this.supports = supports;
        this.proposalId = proposalId;
        this.changed = changed;
        addClassNames("civitas-card", "civitas-support");
        setId("support-panel");
        refresh();
    }

    private void refresh() {
        removeAll();
        state = supports.state(proposalId);
        var heading = new H2(getTranslation("proposal.support.title"));
        heading.setId("support-heading");
        var bar = new ProgressBar(0, 1, state.progress());
        bar.getElement().setAttribute("aria-labelledby", "support-count");
        var count = new Paragraph(getTranslation("proposal.support.count", state.supporters(), state.needed()));
        count.setId("support-count");
        add(heading, count, bar);
        if (state.paperSupporters() > 0) {
            add(new Paragraph(getTranslation("proposal.support.paper-included", state.paperSupporters())));
        }
        if (state.collecting() && state.deadline() != null) {
            add(new Paragraph(getTranslation("proposal.support.days-left", state.daysLeft(),
                    Formats.date(state.deadline(), getLocale()))));
        }
        if (state.supportedByMe()) {
            add(new Paragraph(getTranslation("proposal.support.thanks")));
        } else if (state.canSupport()) {
            var support = new Button(getTranslation("proposal.support.button"), VaadinIcon.THUMBS_UP.create(),
                    e -> support());
            support.setId("support-button");
            support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(support);
        } else {
            var why = new Paragraph(getTranslation(state.refusal().orElseThrow()));
            why.setId("support-refusal");
            add(why);
        }
    }

    /** The support as last shown, so the page need not ask again. */
    SupportState state() {
        return state;
    }

    private void support() {
        try {
            supports.support(proposalId);
            Notices.success(getTranslation("proposal.support.done"));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        }
        changed.run(); // the page shows itself again, this panel with it
    }
}
