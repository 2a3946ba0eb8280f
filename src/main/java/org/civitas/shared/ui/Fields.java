package org.civitas.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;

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

    /** A number field that says, in the page's language, when what was typed is not a number. */
    public static BigDecimalField decimal(String label) {
        var field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(t("shared.number.invalid")));
        return field;
    }

    public static IntegerField integer(String label) {
        var field = new IntegerField(label);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(t("shared.number.invalid")));
        return field;
    }

    /** A date field that says, in the page's language, when what was typed is not a date. */
    public static DatePicker date(String label) {
        var field = new DatePicker(label);
        field.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(t("shared.date.invalid")));
        return field;
    }

    public static DateTimePicker dateTime(String label) {
        var field = new DateTimePicker(label);
        field.setI18n(new DateTimePicker.DateTimePickerI18n().setBadInputErrorMessage(t("shared.date.invalid")));
        return field;
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
