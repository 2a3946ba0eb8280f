package org.civitas.notification.internal;

import java.util.Map;

import org.civitas.identity.EmailVerificationRequested;
import org.civitas.identity.PasswordResetRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The mails of the account life cycle; each runs after the change commits, from the outbox. */
@Component
class AccountMails {

    private final MailTemplates templates;
    private final MailDelivery sender;

    AccountMails(MailTemplates templates, MailDelivery sender) {
        this.templates = templates;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        sender.send(event.email(), templates.render("link-mail", "verify-email", event.language().locale(),
                Map.of("name", event.displayName(), "link", event.link())));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        sender.send(event.email(), templates.render("link-mail", "reset-password", event.language().locale(),
                Map.of("name", event.displayName(), "link", event.link())));
    }
}
