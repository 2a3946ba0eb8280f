package org.civitas.notification.internal;

import java.util.List;
import java.util.Map;

import org.civitas.identity.Contact;
import org.civitas.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A short notice mail (the {@code notice-mail} template: greeting, one paragraph, a button to a page of Civitas),
 * rendered in the recipient's language and delivered as they chose for its kind ({@code kind} null: mandatory).
 */
@Component
class NoticeMails {

    private final MailTemplates templates;
    private final Deliveries deliveries;
    private final String baseUrl;

    NoticeMails(MailTemplates templates, Deliveries deliveries, @Value("${civitas.base-url}") String baseUrl) {
        this.templates = templates;
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
    }

    /** @param path the page to open, e.g. {@code /proposals/12} */
    void send(Contact to, NotificationKind kind, String template, String path, List<Object> args) {
        deliveries.deliver(to, kind, render(to.displayName(), template, to.language().locale(), path, args));
    }

    MailTemplates.RenderedMail render(String name, String template, java.util.Locale locale, String path,
            List<Object> args) {
        return templates.render("notice-mail", template, locale, Map.of("name", name, "args", args,
                "link", baseUrl + path));
    }

    /** A text of the mail bundles, e.g. a decision's reason, in the recipient's language. */
    String text(String key, java.util.Locale locale) {
        return templates.message(key, locale);
    }
}
