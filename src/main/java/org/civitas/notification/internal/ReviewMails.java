package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civitas.notification.NotificationKind;
import org.civitas.review.ChangesRequested;
import org.civitas.review.HearingScheduled;
import org.civitas.review.ProposalOnBallot;
import org.civitas.review.ProtestDecided;
import org.civitas.review.ReviewDecided;
import org.civitas.shared.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The city's answers to an author: the decision (the chosen reason translated into the author's language, the
 * reviewer's own words as written) and requests for changes. Mandatory: no preference turns them off.
 */
@Component
class ReviewMails {

    private final MailTemplates templates;
    private final MailDelivery sender;
    private final Deliveries deliveries;
    private final String baseUrl;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ReviewMails(MailTemplates templates, MailDelivery sender, Deliveries deliveries,
            @Value("${civitas.base-url}") String baseUrl) {
        this.templates = templates;
        this.sender = sender;
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
        messages.setBasename("mail/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ApplicationModuleListener
    void on(ReviewDecided e) {
        Locale locale = e.author().language().locale();
        String reason = messages.getMessage("mail.reason." + e.reasonKey(), null, locale);
        String words = e.reasonText().isBlank() ? "" : e.reasonText();
        sender.send(e.author().email(), templates.render("notice-mail", e.positive() ? "decision-positive"
                : "decision-negative", locale, Map.of("name", e.author().displayName(),
                        "args", List.of(e.title(), reason, words), "link", baseUrl + "/proposals/" + e.proposalId())));
    }

    @ApplicationModuleListener
    void on(HearingScheduled e) {
        Locale locale = e.author().language().locale();
        String when = Formats.dateTime(e.at().atZone(Formats.CITY_ZONE), locale);
        send(e.author(), "hearing-scheduled", e.proposalId(), List.of(e.title(), when, e.place()));
    }

    @ApplicationModuleListener
    void on(ProtestDecided e) {
        send(e.author(), e.upheld() ? "protest-upheld" : "protest-dismissed", e.proposalId(), List.of(e.title(), e.text()));
    }

    @ApplicationModuleListener
    void on(ProposalOnBallot e) {
        deliveries.deliver(e.author(), NotificationKind.FINAL_LIST, templates.render("notice-mail", "on-ballot",
                e.author().language().locale(), Map.of("name", e.author().displayName(), "args", List.of(e.title()),
                        "link", baseUrl + "/proposals/" + e.proposalId())));
    }

    private void send(org.civitas.identity.Contact to, String kind, long proposalId, List<Object> args) {
        sender.send(to.email(), templates.render("notice-mail", kind, to.language().locale(),
                Map.of("name", to.displayName(), "args", args, "link", baseUrl + "/proposals/" + proposalId)));
    }

    @ApplicationModuleListener
    void on(ChangesRequested e) {
        Locale locale = e.author().language().locale();
        sender.send(e.author().email(), templates.render("notice-mail", "changes-requested", locale,
                Map.of("name", e.author().displayName(), "args", List.of(e.title(), e.request(),
                        Formats.date(e.until(), locale)), "link", baseUrl + "/proposals/" + e.proposalId() + "/edit")));
    }
}
