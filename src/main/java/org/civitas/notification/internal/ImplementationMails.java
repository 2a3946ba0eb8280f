package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;

import org.civitas.identity.Contacts;
import org.civitas.results.implementation.ImplementationUpdated;
import org.civitas.shared.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Followers of a funded project hear of each update, each in their language, with its status, progress and a link.
 * Following is the person's own choice (and unfollowing the way out), so the mail goes at once.
 */
@Component
class ImplementationMails {

    private final NoticeMails notices;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;

    ImplementationMails(NoticeMails notices, Contacts contacts, ApplicationEventPublisher events) {
        this.notices = notices;
        this.contacts = contacts;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ImplementationUpdated e) {
        e.followerIds().forEach(id -> events.publishEvent(new FollowerUpdateMail(id, e)));
    }

    @ApplicationModuleListener
    void on(FollowerUpdateMail mail) {
        ImplementationUpdated e = mail.update();
        contacts.byId(mail.accountId()).ifPresent(to -> {
            Locale locale = to.language().locale();
            notices.send(to, null, "implementation-updated", "/implementation/" + e.proposalId(), List.of(e.title(),
                    notices.text(e.status().mailKey(), locale), e.progress(), Formats.date(e.date(), locale)));
        });
    }
}
