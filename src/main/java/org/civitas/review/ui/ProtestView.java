package org.civitas.review.ui;

import java.time.ZonedDateTime;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.review.ProtestService;
import org.civitas.review.ProtestState;
import org.civitas.review.ProtestSummary;
import org.civitas.review.ReviewRuleException;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The author of a rejected proposal protests here, within the deadline, and follows the protest. */
@Route("proposals/:id([0-9]{1,18})/protest")
@RolesAllowed("RESIDENT")
public class ProtestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProtestService protests;
    private long proposalId;

    ProtestView(ProtestService protests) {
        this.protests = protests;
        addClassName("civitas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        proposalId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("review.protest.title")), new Anchor("proposals/" + proposalId,
                getTranslation("review.protest.back")));
        ProtestState state;
        try {
            state = protests.state(proposalId);
        } catch (ReviewRuleException e) {
            add(new Paragraph(Notices.text(e)));
            return;
        }
        if (state.protest().isPresent()) {
            showProtest(state.protest().get());
        } else if (state.open()) {
            showForm(state);
        } else {
            var closed = new Paragraph(getTranslation("review.protest.closed"));
            closed.setId("protest-closed");
            add(closed);
        }
    }

    private void showForm(ProtestState state) {
        var intro = new Paragraph(getTranslation("review.protest.intro", Formats.date(state.deadline(), getLocale())));
        var reasons = new TextArea(getTranslation("review.protest.reasons"));
        reasons.setId("protest-reasons");
        reasons.setMaxLength(4000);
        reasons.setWidthFull();
        reasons.setMinHeight("10em");
        var file = new Button(getTranslation("review.protest.file"), e -> {
            try {
                protests.file(proposalId, reasons.getValue());
                Notices.success(getTranslation("review.protest.filed"));
                show();
            } catch (ReviewRuleException ex) {
                Notices.refuse(ex);
            }
        });
        file.setId("protest-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, reasons, file);
    }

    private void showProtest(ProtestSummary p) {
        var status = new Paragraph(getTranslation("review.protest.your-status", getTranslation(p.status().translationKey())));
        status.setId("protest-status");
        add(status, new Paragraph(p.reasons()));
        if (p.hearingAt() != null) {
            add(new Paragraph(getTranslation("review.protest.hearing", Formats.dateTime(
                    ZonedDateTime.ofInstant(p.hearingAt(), Formats.CITY_ZONE), getLocale()), p.hearingPlace())));
        }
        if (p.outcome() != null) {
            add(new Paragraph(p.outcome()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.protest.title");
    }
}
