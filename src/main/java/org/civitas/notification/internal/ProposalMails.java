package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.notification.NotificationKind;
import org.civitas.proposal.CoAuthorInvited;
import org.civitas.proposal.ProposalSubmitted;
import org.civitas.proposal.SupportDeadlineNear;
import org.civitas.proposal.SupportThresholdReached;
import org.civitas.shared.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails about a proposal to its author (and co-author invitations), each in the recipient's language. */
@Component
class ProposalMails {

    private final MailTemplates templates;
    private final MailDelivery sender;
    private final Deliveries deliveries;
    private final Contacts contacts;
    private final String baseUrl;

    ProposalMails(MailTemplates templates, MailDelivery sender, Deliveries deliveries, Contacts contacts,
            @Value("${civitas.base-url}") String baseUrl) {
        this.templates = templates;
        this.sender = sender;
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        Locale locale = e.author().language().locale();
        send(e.author(), null, "proposal-submitted", e.proposalId(),
                List.of(e.title(), e.supportersNeeded(), Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(SupportThresholdReached e) {
        send(e.author(), NotificationKind.SUPPORT_PROGRESS, "support-reached", e.proposalId(),
                List.of(e.title(), e.supporters()));
    }

    @ApplicationModuleListener
    void on(SupportDeadlineNear e) {
        Locale locale = e.author().language().locale();
        send(e.author(), NotificationKind.SUPPORT_PROGRESS, "support-deadline", e.proposalId(), List.of(e.title(), e.supporters(), e.supportersNeeded(),
                Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(org.civitas.proposal.ContentHidden e) {
        String kind = e.target() == org.civitas.proposal.ReportTarget.PROPOSAL ? "proposal-hidden" : "comment-hidden";
        send(e.author(), null, kind, e.proposalId(), List.of(e.excerpt(), e.reason()));
    }

    @ApplicationModuleListener
    void on(CoAuthorInvited e) {
        var mail = templates.render("notice-mail", "coauthor-invited", e.language().locale(),
                Map.of("name", "", "args", List.of(e.title(), e.inviterName()), "link", baseUrl + "/my-proposals"));
        // someone without an account yet has no preferences: the invitation is how they learn of Civitas
        contacts.byEmail(e.email()).ifPresentOrElse(to -> deliveries.deliver(to, NotificationKind.COAUTHOR_INVITATIONS, mail),
                () -> sender.send(e.email(), mail));
    }

    /** {@code kind} null: a mandatory mail, always sent now. */
    private void send(Contact to, NotificationKind kind, String template, long proposalId, List<Object> args) {
        deliveries.deliver(to, kind, templates.render("notice-mail", template, to.language().locale(),
                Map.of("name", to.displayName(), "args", args, "link", baseUrl + "/proposals/" + proposalId)));
    }
}
