package org.civitas.budget.ui;

import org.civitas.budget.NamesForm;
import org.civitas.shared.Language;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** A name in the six languages, Polish first and required; each field labelled in its own language. */
class NameFields extends FormLayout {

    NameFields(NamesForm names, String path, String idPrefix, FormErrors errors) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("52em", 3));
        var binder = new BeanValidationBinder<>(NamesForm.class);
        for (Language language : Language.values()) {
            var field = new TextField(language.nativeName());
            field.setId(idPrefix + "-" + language.code());
            field.setMaxLength(200);
            field.getElement().setAttribute("lang", language.code());
            field.setRequiredIndicatorVisible(language == Language.PL);
            binder.forField(field).bind(language.code());
            errors.field(path + "." + language.code(), field);
            add(field);
        }
        binder.setBean(names);
        errors.binder(path, binder);
    }
}
