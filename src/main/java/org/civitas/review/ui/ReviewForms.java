package org.civitas.review.ui;

import java.util.Arrays;
import java.util.List;

import org.civitas.review.Assignee;
import org.civitas.review.Checklist;
import org.civitas.review.CityUnitSummary;
import org.civitas.review.ReasonTemplate;
import org.civitas.review.ReviewDetails;
import org.civitas.review.ReviewRuleException;
import org.civitas.review.ReviewService;
import org.civitas.shared.RuleException;
import org.civitas.shared.ui.Notices;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** The review page's forms; each calls one step of {@link ReviewService} and shows a refusal in the page's language. */
class ReviewForms {

    private final ReviewService reviews;
    private final long proposalId;
    private final Runnable done;
    private final UI ui = UI.getCurrent();

    ReviewForms(ReviewService reviews, long proposalId, Runnable done) {
        this.reviews = reviews;
        this.proposalId = proposalId;
        this.done = done;
    }

    Details assignment(ReviewDetails d, List<CityUnitSummary> units, List<Assignee> assignees) {
        var unit = new Select<Long>();
        unit.setId("review-assign-unit");
        unit.setLabel(t("review.unit"));
        unit.setItems(units.stream().map(CityUnitSummary::id).toList());
        unit.setItemLabelGenerator(id -> id == null ? t("review.queue.nobody") : units.stream()
                .filter(u -> u.id() == id).findFirst().map(u -> u.name().in(ui.getLocale())).orElse(""));
        unit.setEmptySelectionAllowed(true);
        unit.setValue(d.unitId());
        var person = new Select<Long>();
        person.setId("review-assign-person");
        person.setLabel(t("review.queue.assignee"));
        person.setItems(assignees.stream().map(Assignee::accountId).toList());
        person.setItemLabelGenerator(id -> id == null ? t("review.queue.nobody") : assignees.stream()
                .filter(a -> a.accountId() == id).findFirst().map(Assignee::name).orElse(""));
        person.setEmptySelectionAllowed(true);
        person.setValue(d.assigneeId());
        var save = button("review-assign-save", "review.save", () -> reviews.assign(proposalId, unit.getValue(),
                person.getValue()));
        return section("review.assignment.title", unit, person, save);
    }

    Details checklist(ReviewDetails d) {
        Checklist c = d.checklist();
        String[] keys = {"complete", "cost-limits", "competence", "supported", "legal", "land", "plans", "feasible", "cost"};
        boolean[] values = {c.complete(), c.costLimits(), c.competence(), c.supported(), c.legal(), c.land(), c.plans(),
            c.feasible(), c.cost()};
        Checkbox[] boxes = new Checkbox[keys.length];
        for (int i = 0; i < keys.length; i++) {
            boxes[i] = new Checkbox(t("review.check." + keys[i]), values[i]);
            boxes[i].setId("review-check-" + keys[i]);
        }
        var save = button("review-check-save", "review.save", () -> reviews.check(proposalId, new Checklist(
                boxes[0].getValue(), boxes[1].getValue(), boxes[2].getValue(), boxes[3].getValue(), boxes[4].getValue(),
                boxes[5].getValue(), boxes[6].getValue(), boxes[7].getValue(), boxes[8].getValue())));
        var formal = new VerticalLayout(new com.vaadin.flow.component.html.H3(t("review.check.formal")),
                boxes[0], boxes[1], boxes[2], boxes[3]);
        var merit = new VerticalLayout(new com.vaadin.flow.component.html.H3(t("review.check.merit")),
                boxes[4], boxes[5], boxes[6], boxes[7], boxes[8]);
        formal.setPadding(false);
        merit.setPadding(false);
        return section("review.check.title", formal, merit, save);
    }

    Details cost(ReviewDetails d) {
        var cost = Fields.decimal(t("review.cost.corrected"));
        cost.setId("review-cost");
        cost.setValue(d.correctedCost());
        var explanation = new TextArea(t("review.cost.explanation"));
        explanation.setId("review-cost-explanation");
        explanation.setMaxLength(2000);
        explanation.setWidthFull();
        explanation.setValue(d.costExplanation() == null ? "" : d.costExplanation());
        var save = button("review-cost-save", "review.save", () -> reviews.correctCost(proposalId, cost.getValue(),
                explanation.getValue()));
        return section("review.cost.title", cost, explanation, save);
    }

    Details changes(ReviewDetails d) {
        var request = new TextArea(t("review.changes.request"));
        request.setId("review-changes-text");
        request.setMaxLength(4000);
        request.setWidthFull();
        var until = Fields.date(t("review.changes.until"));
        until.setId("review-changes-until");
        var send = button("review-changes-send", "review.changes.send", () -> reviews.requestChanges(proposalId,
                request.getValue(), until.getValue()));
        return section("review.changes.title", request, until, send);
    }

    Details decision(ReviewDetails d) {
        var outcome = new RadioButtonGroup<Boolean>(t("review.decision.outcome"));
        outcome.setId("review-decision-outcome");
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(p -> t(p ? "review.decision.positive" : "review.decision.negative"));
        var reason = new Select<ReasonTemplate>();
        reason.setId("review-decision-reason");
        reason.setLabel(t("review.decision.reason"));
        reason.setItemLabelGenerator(r -> r == null ? "" : t("review.reason." + r.key()));
        reason.setWidthFull();
        outcome.addValueChangeListener(e -> reason.setItems(Arrays.stream(ReasonTemplate.values())
                .filter(r -> r.positive() == Boolean.TRUE.equals(e.getValue())).toList()));
        var words = new TextArea(t("review.decision.text"));
        words.setId("review-decision-text");
        words.setMaxLength(4000);
        words.setWidthFull();
        words.setHelperText(t("review.decision.text-help"));
        var decide = button("review-decide", "review.decision.button", () -> {
            if (outcome.getValue() == null) {
                throw new ReviewRuleException("review.error.reason-required");
            }
            reviews.decide(proposalId, outcome.getValue(), reason.getValue(), words.getValue());
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var section = section("review.decision.title", outcome, reason, words, decide);
        section.setOpened(d.positive() == null);
        return section;
    }

    Details note() {
        var text = new TextArea(t("review.notes.new"));
        text.setId("review-note-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        text.setHelperText(t("review.notes.help"));
        return section("review.notes.add", text, button("review-note-add", "review.notes.add-button",
                () -> reviews.addNote(proposalId, text.getValue())));
    }

    private Button button(String id, String key, Runnable action) {
        var button = new Button(t(key), e -> {
            try {
                action.run();
                Notices.success(t("review.saved"));
                done.run();
            } catch (RuleException ex) {
                Notices.refuse(ex);
            }
        });
        button.setId(id);
        return button;
    }

    private Details section(String titleKey, com.vaadin.flow.component.Component... content) {
        var layout = new VerticalLayout(content);
        layout.setPadding(false);
        var details = new Details(t(titleKey), layout);
        details.setWidthFull();
        return details;
    }

    private String t(String key, Object... args) {
        return ui.getTranslation(key, args);
    }
}
