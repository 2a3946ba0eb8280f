package org.civitas.shared.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.civitas.shared.Formats;
import org.civitas.shared.RuleException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages on a page: what succeeded, and why a rule refused, in the page's language. */
public final class Notices {

    private Notices() {
    }

    /** The refusal's text, with amounts and dates written as the reader writes them. */
    public static String text(RuleException e) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Object[] args = Arrays.stream(e.arguments()).map(a -> format(a, locale)).toArray();
        return ui.getTranslation(e.messageKey(), args);
    }

    public static void refuse(RuleException e) {
        error(text(e));
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static Object format(Object argument, Locale locale) {
        if (argument instanceof BigDecimal amount) {
            return Formats.money(amount, locale);
        }
        if (argument instanceof LocalDate date) {
            return Formats.date(date, locale);
        }
        return argument;
    }
}
