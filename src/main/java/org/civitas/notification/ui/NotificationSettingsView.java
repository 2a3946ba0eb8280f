package org.civitas.notification.ui;

import jakarta.annotation.security.PermitAll;

import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;
import org.civitas.notification.NotificationPreferences;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** A person chooses, per kind of optional notification, immediate mail, a daily digest, or none. */
@Route("notifications")
@Menu(order = 30, title = "notification.settings.title")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    NotificationSettingsView(NotificationPreferences preferences) {
        addClassNames("civitas-page", "civitas-narrow");
        add(new H1(getTranslation("notification.settings.title")),
                new Paragraph(getTranslation("notification.settings.intro")));
        var current = preferences.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            var mode = new Select<DeliveryMode>();
            mode.setId("notification-" + kind.name().toLowerCase());
            mode.setLabel(getTranslation(kind.translationKey()));
            mode.setItems(DeliveryMode.values());
            mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.translationKey()));
            mode.setValue(current.get(kind));
            mode.addValueChangeListener(e -> {
                preferences.set(kind, e.getValue());
                Notification.show(getTranslation("notification.settings.saved"), 2500, Notification.Position.BOTTOM_CENTER);
            });
            add(mode);
        }
        add(new Paragraph(getTranslation("notification.settings.mandatory")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title");
    }
}
