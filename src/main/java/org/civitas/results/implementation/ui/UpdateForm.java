package org.civitas.results.implementation.ui;

import java.util.List;
import java.util.function.Consumer;

import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.ImplementationSummary;
import org.civitas.results.implementation.PostUpdate;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** The official's update of a project: status and progress start from today's, a text, and a reason to cancel. */
class UpdateForm extends FormLayout {

    private final Select<ImplementationStatus> status = new Select<>();
    private final IntegerField progress = Fields.integer(getTranslation("results.implementation.form.progress"));
    private final TextArea text = new TextArea(getTranslation("results.implementation.form.text"));
    private final TextArea reason = new TextArea(getTranslation("results.implementation.form.reason"));

    UpdateForm(ImplementationSummary current, String currentReason, Consumer<PostUpdate> onPost) {
        setId("implementation-update-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        status.setId("implementation-form-status");
        status.setLabel(getTranslation("results.implementation.form.status"));
        status.setItems(List.of(ImplementationStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(current.status());
        progress.setId("implementation-form-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setValue(current.progress());
        text.setId("implementation-form-text");
        text.setHelperText(getTranslation("results.implementation.form.markdown"));
        text.setMaxLength(8000);
        reason.setId("implementation-form-reason");
        reason.setMaxLength(2000);
        reason.setValue(currentReason == null ? "" : currentReason);
        reason.setVisible(current.status() == ImplementationStatus.CANCELLED);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ImplementationStatus.CANCELLED));
        var post = new Button(getTranslation("results.implementation.form.post"),
                e -> onPost.accept(new PostUpdate(status.getValue(), progress.getValue(), text.getValue(),
                        reason.isVisible() ? reason.getValue() : null)));
        post.setId("implementation-form-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new H2(getTranslation("results.implementation.form.title"));
        add(heading, status, progress, text, reason, post);
        setColspan(heading, 2);
        setColspan(text, 2);
        setColspan(reason, 2);
    }
}
