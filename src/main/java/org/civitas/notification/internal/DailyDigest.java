package org.civitas.notification.internal;

import java.util.Map;

import org.civitas.identity.Contacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a day, each person with waiting notifications gets them in one mail, in their language. */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final DigestItemRepository items;
    private final Contacts contacts;
    private final MailTemplates templates;
    private final MailDelivery mail;

    DailyDigest(DigestItemRepository items, Contacts contacts, MailTemplates templates, MailDelivery mail) {
        this.items = items;
        this.contacts = contacts;
        this.templates = templates;
        this.mail = mail;
    }

    @Scheduled(cron = "${civitas.notification.digest-cron:0 0 18 * * *}", zone = "Europe/Warsaw")
    @Transactional
    public void send() {
        for (long account : items.accountsWaiting()) {
            var waiting = items.findByAccountIdOrderByIdAsc(account);
            contacts.byId(account).ifPresent(to -> mail.send(to.email(), templates.render("digest-mail", "digest",
                    to.language().locale(), Map.of("name", to.displayName(), "items", waiting))));
            // an erased account's items go too: nobody is left to read them
            items.deleteAll(waiting);
            log.info("Daily digest with {} notifications for account {}", waiting.size(), account);
        }
    }
}
