package org.civitas.notification.internal;

import java.time.Clock;

import org.civitas.identity.Contact;
import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Sends a rendered mail as its recipient wants that kind: now, in tonight's digest, or not at all. Mandatory
 * mails (no kind) always go now.
 */
@Component
class Deliveries {

    private final MailDelivery mail;
    private final PreferenceRepository preferences;
    private final DigestItemRepository digest;
    private final Clock clock;

    Deliveries(MailDelivery mail, PreferenceRepository preferences, DigestItemRepository digest, Clock clock) {
        this.mail = mail;
        this.preferences = preferences;
        this.digest = digest;
        this.clock = clock;
    }

    void deliver(Contact to, NotificationKind kind, MailTemplates.RenderedMail rendered) {
        DeliveryMode mode = kind == null ? DeliveryMode.IMMEDIATE : preferences.findById(new Preference.Key(to.accountId(), kind))
                .map(Preference::getMode).orElse(kind.defaultMode());
        switch (mode) {
            case IMMEDIATE -> mail.send(to.email(), rendered);
            case DAILY_DIGEST -> digest.save(new DigestItem(to.accountId(), rendered.subject(), rendered.text(), clock.instant()));
            case NONE -> { }
        }
    }
}
