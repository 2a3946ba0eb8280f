package org.civitas.panel.ui;

import java.util.function.Consumer;

import org.civitas.panel.AnswerDecision;
import org.civitas.panel.AnswerProgress;
import org.civitas.panel.RecommendationSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * For officials under a passed recommendation: the city's answer (decision and reasons), then news of its
 * implementation. Fires what was typed; the service checks it.
 */
class AnswerForm extends FormLayout {

    record Answer(long recommendationId, AnswerDecision decision, String reasons) {
    }

    record Progress(long recommendationId, AnswerProgress progress, String text) {
    }

    static AnswerForm answer(RecommendationSummary r, Consumer<Answer> onAnswer) {
        var form = new AnswerForm();
        var decision = new Select<AnswerDecision>();
        decision.setLabel(form.getTranslation("panel.answer.decision"));
        decision.setItems(AnswerDecision.values());
        decision.setItemLabelGenerator(d -> form.getTranslation(d.key()));
        decision.setId("answer-decision-" + r.id());
        var reasons = new TextArea(form.getTranslation("panel.answer.reasons"));
        reasons.setMaxLength(8000);
        reasons.setId("answer-reasons-" + r.id());
        var save = new Button(form.getTranslation("panel.answer.save"),
                e -> onAnswer.accept(new Answer(r.id(), decision.getValue(), reasons.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("answer-save-" + r.id());
        form.add(decision, reasons, save);
        return form;
    }

    static AnswerForm progress(RecommendationSummary r, Consumer<Progress> onProgress) {
        var form = new AnswerForm();
        var progress = new Select<AnswerProgress>();
        progress.setLabel(form.getTranslation("panel.answer.progress"));
        progress.setItems(AnswerProgress.values());
        progress.setItemLabelGenerator(p -> form.getTranslation(p.key()));
        progress.setValue(r.answer().progress());
        progress.setId("answer-progress-" + r.id());
        var text = new TextArea(form.getTranslation("panel.answer.progress-text"));
        text.setMaxLength(8000);
        text.setId("answer-progress-text-" + r.id());
        var save = new Button(form.getTranslation("panel.answer.post"),
                e -> onProgress.accept(new Progress(r.id(), progress.getValue(), text.getValue())));
        save.setId("answer-post-" + r.id());
        form.add(progress, text, save);
        return form;
    }
}
