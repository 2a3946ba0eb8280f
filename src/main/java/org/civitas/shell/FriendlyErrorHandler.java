package org.civitas.shell;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * An error in a click or a change: the person sees a translated message with an incident number that
 * support can find in the log, never a stack trace.
 */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a page", error);
            return;
        }
        String message;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Access denied: {}", error.getMessage());
            message = ui.getTranslation("shell.error.forbidden");
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {}", incident, error);
            message = ui.getTranslation("shell.error.unexpected", incident);
        }
        ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
