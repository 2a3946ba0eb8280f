package org.civitas.panel.ui;

import java.util.List;
import java.util.Map;

import org.civitas.panel.VolunteerRegistration;
import org.civitas.shared.Language;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a volunteer tells the panel, online or on paper: the stratification answers, the language they will take
 * part in, needs for access or interpretation, and consent to the use of their answers for the draw; and, optional,
 * the code of the invitation letter they got.
 */
class VolunteerFields extends VerticalLayout {

    private final AnswersFields answers;
    private final Select<Language> language = new Select<>();
    private final TextArea needs = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final TextField code = new TextField();

    VolunteerFields(Map<String, List<String>> questions, Language preferred) {
        setPadding(false);
        answers = new AnswersFields(questions);
        language.setLabel(getTranslation("panel.register.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(preferred);
        language.setId("panel-register-language");
        needs.setLabel(getTranslation("panel.register.needs"));
        needs.setHelperText(getTranslation("panel.register.needs-help"));
        needs.setMaxLength(1000);
        needs.setWidthFull();
        needs.setId("panel-register-needs");
        consent.setLabel(getTranslation("panel.register.consent"));
        consent.setId("panel-register-consent");
        code.setLabel(getTranslation("panel.recruitment.code"));
        code.setHelperText(getTranslation("panel.recruitment.code-help"));
        code.setMaxLength(20);
        code.setId("panel-register-code");
        add(code, answers, language, needs, new Paragraph(getTranslation("panel.register.consent-explained")), consent);
    }

    VolunteerRegistration registration(String name, String email) {
        return new VolunteerRegistration(answers.answers(), language.getValue(), needs.getValue(),
                consent.getValue(), name, email, code.getValue());
    }

    void clear() {
        answers.clear();
        needs.clear();
        consent.clear();
        code.clear();
    }
}
