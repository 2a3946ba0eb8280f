package org.civitas.budget.ui;

import org.civitas.budget.BallotRule;
import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionForm;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** The ballot rule, the counting rule, the minimum ages and the support a proposal needs. */
class RuleFields extends FormLayout {

    RuleFields(EditionForm form, FormErrors errors) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        var kind = new Select<BallotRule.Kind>();
        kind.setLabel(getTranslation("budget.editor.rule-kind"));
        kind.setItems(BallotRule.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setId("rule-kind");
        var counting = new Select<CountingRule>();
        counting.setLabel(getTranslation("budget.editor.counting"));
        counting.setItems(CountingRule.values());
        counting.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        counting.setHelperText(getTranslation("budget.editor.counting-help"));
        counting.setId("counting-rule");
        var parameter = number("rule-parameter", "budget.editor.rule-k");
        var ageToSubmit = number("age-submit", "budget.editor.age-submit");
        var ageToVote = number("age-vote", "budget.editor.age-vote");
        ageToSubmit.setHelperText(getTranslation("budget.editor.age-help"));
        ageToVote.setHelperText(getTranslation("budget.editor.age-help"));
        var supporters = number("support-supporters", "budget.editor.supporters");
        var days = number("support-days", "budget.editor.support-days");

        var binder = new BeanValidationBinder<>(EditionForm.class);
        binder.forField(kind).bind("ballotKind");
        kind.setRequiredIndicatorVisible(false); // always has a value
        binder.forField(counting).bind("countingRule");
        counting.setRequiredIndicatorVisible(false); // always has a value
        binder.forField(parameter).bind("ballotParameter");
        binder.forField(ageToSubmit).bind("minAgeToSubmit");
        binder.forField(ageToVote).bind("minAgeToVote");
        binder.forField(supporters).bind("supporters");
        binder.forField(days).bind("supportDays");
        kind.addValueChangeListener(e -> show(parameter, e.getValue()));
        binder.setBean(form);
        show(parameter, form.getBallotKind());
        errors.binder("rule", binder);
        errors.field("ballotParameter", parameter);
        errors.field("minAgeToSubmit", ageToSubmit);
        errors.field("minAgeToVote", ageToVote);
        errors.field("supporters", supporters);
        errors.field("supportDays", days);
        add(kind, parameter, counting, ageToSubmit, ageToVote, supporters, days);
    }

    /** Only approval (k) and cumulative (N) ballots have a parameter; its label says which. */
    private void show(IntegerField parameter, BallotRule.Kind kind) {
        parameter.setVisible(kind != null && kind.needsParameter());
        if (!parameter.isVisible()) {
            parameter.clear(); // a hidden value must not block saving
        }
        parameter.setLabel(getTranslation(kind == BallotRule.Kind.CUMULATIVE ? "budget.editor.rule-n" : "budget.editor.rule-k"));
    }

    private IntegerField number(String id, String label) {
        var field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(0);
        return field;
    }
}
