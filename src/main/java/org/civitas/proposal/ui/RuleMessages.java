package org.civitas.proposal.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.civitas.proposal.ProposalRuleException;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Tells the person, in their language, which rule refused what they did; amounts and dates as they read them. */
final class RuleMessages {

    private RuleMessages() {
    }

    static String text(Component on, ProposalRuleException e) {
        Locale locale = UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
        Object[] args = Arrays.stream(e.arguments()).map(a -> format(a, locale)).toArray();
        return on.getTranslation(e.messageKey(), args);
    }

    static void show(Component on, ProposalRuleException e) {
        error(text(on, e));
    }

    static void error(String text) {
        var n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
