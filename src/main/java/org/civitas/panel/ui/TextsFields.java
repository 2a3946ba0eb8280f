package org.civitas.panel.ui;

import java.util.EnumMap;
import java.util.Map;

import org.civitas.panel.PanelForm;
import org.civitas.shared.Language;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The question and description in each of the six languages, one fold per language, labelled in it. */
class TextsFields extends VerticalLayout {

    private final Map<Language, TextField> questions = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> descriptions = new EnumMap<>(Language.class);

    TextsFields(PanelForm form) {
        setPadding(false);
        for (Language language : Language.values()) {
            var question = new TextField(getTranslation("panel.editor.question"), form.question(language), "");
            question.setMaxLength(500);
            question.setWidthFull();
            question.setId("panel-question-" + language.code());
            var description = new TextArea(getTranslation("panel.editor.description"), form.description(language), "");
            description.setMaxLength(8000);
            description.setWidthFull();
            description.setHelperText(getTranslation("panel.editor.markdown"));
            description.setId("panel-description-" + language.code());
            var content = new VerticalLayout(question, description);
            content.setPadding(false);
            content.setWidthFull();
            var fold = new Details(language.nativeName(), content);
            fold.setWidthFull();
            fold.getElement().setAttribute("lang", language.code());
            fold.setOpened(language == Language.PL || !form.question(language).isBlank());
            questions.put(language, question);
            descriptions.put(language, description);
            add(fold);
        }
    }

    void writeTo(PanelForm form) {
        for (Language language : Language.values()) {
            form.question(language, questions.get(language).getValue());
            form.description(language, descriptions.get(language).getValue());
        }
    }
}
