package org.civitas.review.ui;

import java.time.ZonedDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.review.FinalListService;
import org.civitas.review.HearingService;
import org.civitas.review.ProtestSummary;
import org.civitas.review.ReviewRuleException;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Officials schedule and decide the hearings of an edition's protests, then publish the final list. */
@Route("review/protests")
@Menu(order = 45, title = "review.hearings.title")
@RolesAllowed("OFFICIAL")
public class HearingsView extends VerticalLayout implements HasDynamicTitle {

    private final HearingService hearings;
    private final FinalListService finalList;
    private final Div list = new Div();
    private long editionId;

    HearingsView(HearingService hearings, FinalListService finalList, EditionService editions) {
        this.hearings = hearings;
        this.finalList = finalList;
        addClassName("civitas-page");
        add(new H1(getTranslation("review.hearings.title")));
        List<EditionSummary> all = editions.editions();
        if (all.isEmpty()) {
            return;
        }
        var edition = org.civitas.shared.ui.IdSelect.of("hearings-edition", getTranslation("proposal.catalogue.edition"), all,
                EditionSummary::id, e -> e.label(getLocale(), n -> getTranslation("budget.editions.imported-name", n)));
        edition.addValueChangeListener(e -> {
            editionId = e.getValue();
            show();
        });
        var publish = new Button(getTranslation("review.final.publish"), e -> confirmPublish());
        publish.setId("final-list-publish");
        list.setId("protest-list");
        add(edition, publish, list);
        edition.setValue(EditionSummary.opening(all));
    }

    private void show() {
        list.removeAll();
        var protests = hearings.protests(editionId);
        if (protests.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.hearings.none")));
        }
        protests.forEach(p -> list.add(card(p)));
    }

    private Div card(ProtestSummary p) {
        var card = new Div(new H2(p.proposalTitle()), new Paragraph(getTranslation("review.hearings.status",
                getTranslation(p.status().translationKey()))), new Paragraph(p.reasons()));
        card.addClassName("civitas-card");
        card.setId("protest-" + p.id());
        if (p.hearingAt() != null) {
            card.add(new Paragraph(getTranslation("review.protest.hearing", Formats.dateTime(
                    ZonedDateTime.ofInstant(p.hearingAt(), Formats.CITY_ZONE), getLocale()), p.hearingPlace())));
        }
        if (p.status().settled()) {
            card.add(new Paragraph(p.outcome()));
            return card;
        }
        var at = Fields.dateTime(getTranslation("review.hearings.at"));
        at.setId("hearing-at-" + p.id());
        var place = new TextField(getTranslation("review.hearings.place"));
        place.setId("hearing-place-" + p.id());
        place.setMaxLength(500);
        place.setWidthFull();
        var who = new TextField(getTranslation("review.hearings.participants"));
        who.setMaxLength(1000);
        who.setWidthFull();
        var schedule = action("hearing-schedule-" + p.id(), "review.hearings.schedule", () -> hearings.schedule(p.id(),
                at.getValue() == null ? null : at.getValue().atZone(Formats.CITY_ZONE).toInstant(), place.getValue(),
                who.getValue()));
        var outcome = new RadioButtonGroup<Boolean>(getTranslation("review.hearings.outcome"));
        outcome.setId("hearing-outcome-" + p.id());
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(u -> getTranslation(u ? "review.protest.status.upheld" : "review.protest.status.dismissed"));
        var text = new TextArea(getTranslation("review.hearings.outcome-text"));
        text.setId("hearing-text-" + p.id());
        text.setMaxLength(4000);
        text.setWidthFull();
        var decide = action("hearing-decide-" + p.id(), "review.hearings.decide", () -> {
            if (outcome.getValue() == null) {
                throw new ReviewRuleException("review.protest.error.outcome-text");
            }
            hearings.decide(p.id(), outcome.getValue(), text.getValue());
        });
        var forms = new VerticalLayout(at, place, who, schedule, outcome, text, decide);
        forms.setPadding(false);
        card.add(forms);
        return card;
    }

    private Button action(String id, String key, Runnable step) {
        var button = new Button(getTranslation(key), e -> {
            try {
                step.run();
                Notices.success(getTranslation("review.saved"));
                show();
            } catch (ReviewRuleException ex) {
                Notices.refuse(ex);
            }
        });
        button.setId(id);
        return button;
    }

    private void confirmPublish() {
        var dialog = new ConfirmDialog(getTranslation("review.final.publish"), getTranslation("review.final.confirm-text"),
                getTranslation("review.final.confirm"), e -> {
                    try {
                        Notices.success(getTranslation("review.final.published", finalList.publish(editionId).size()));
                    } catch (ReviewRuleException ex) {
                        Notices.refuse(ex);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("proposal.withdraw.cancel"));
        dialog.setConfirmButtonTheme("primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.hearings.title");
    }
}
