package org.civitas.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;

/** Form fields set up the same way everywhere. */
public final class Fields {

    private Fields() {
    }

    /**
     * An email field whose own check of the address (made before any binder) explains itself in the page's
     * language instead of showing an empty error.
     */
    public static EmailField email(String label) {
        var field = new EmailField(label);
        String invalid = UI.getCurrent().getTranslation("shared.email.invalid");
        field.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(invalid).setMaxLengthErrorMessage(invalid));
        field.setMaxLength(254);
        return field;
    }
}
