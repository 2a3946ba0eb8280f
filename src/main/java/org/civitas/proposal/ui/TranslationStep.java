package org.civitas.proposal.ui;

import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.TranslationForm;
import org.civitas.shared.Language;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Step 5: the author's own translations into the other languages, all optional. A reader of that language
 * then sees the translation; everyone else sees the original, marked with its language.
 */
class TranslationStep extends VerticalLayout {

    private final ProposalForm form;
    private final Runnable changed;

    TranslationStep(ProposalForm form, Runnable changed) {
        this.form = form;
        this.changed = changed;
        setPadding(false);
        refresh();
    }

    /** Built again when opened: the proposal's own language may have changed. */
    void refresh() {
        removeAll();
        add(new Paragraph(getTranslation("proposal.translation.intro")));
        for (Language language : Language.values()) {
            if (language != form.getLanguage()) {
                add(translation(language));
            }
        }
    }

    private Details translation(Language language) {
        TranslationForm t = form.translation(language);
        var binder = new BeanValidationBinder<>(TranslationForm.class);
        var title = new TextField(getTranslation("proposal.editor.title"));
        title.setId("translation-title-" + language.code());
        title.setMaxLength(120);
        title.setWidthFull();
        binder.forField(title).bind("title");
        var summary = new TextArea(getTranslation("proposal.editor.summary"));
        summary.setMaxLength(300);
        summary.setWidthFull();
        binder.forField(summary).bind("summary");
        var description = new TextArea(getTranslation("proposal.editor.description"));
        description.setMaxLength(20000);
        description.setWidthFull();
        binder.forField(description).bind("description");
        for (var field : new com.vaadin.flow.data.value.HasValueChangeMode[] {title, summary, description}) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        // typed in the target language: the browser's spell checker and screen readers should know it
        for (var field : new com.vaadin.flow.component.Component[] {title, summary, description}) {
            field.getElement().setAttribute("lang", language.code());
        }
        binder.setBean(t);
        binder.addValueChangeListener(e -> changed.run());
        var content = new VerticalLayout(title, summary, description);
        content.setPadding(false);
        var details = new Details(language.nativeName() + (t.empty() ? "" : " ✓"), content);
        details.setId("translation-" + language.code());
        return details;
    }
}
