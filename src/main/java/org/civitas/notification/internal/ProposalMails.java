package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;

import org.civitas.identity.Contacts;
import org.civitas.notification.NotificationKind;
import org.civitas.proposal.CoAuthorInvited;
import org.civitas.proposal.ContentHidden;
import org.civitas.proposal.ProposalSubmitted;
import org.civitas.proposal.ReportTarget;
import org.civitas.proposal.SupportDeadlineNear;
import org.civitas.proposal.SupportThresholdReached;
import org.civitas.shared.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails about a proposal to its author (and co-author invitations), each in the recipient's language. */
@Component
class ProposalMails {

    private final NoticeMails notices;
    private final Deliveries deliveries;
    private final MailDelivery sender;
    private final Contacts contacts;

    ProposalMails(NoticeMails notices, Deliveries deliveries, MailDelivery sender, Contacts contacts) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.sender = sender;
        this.contacts = contacts;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        Locale locale = e.author().language().locale();
        notices.send(e.author(), null, "proposal-submitted", "/proposals/" + e.proposalId(),
                List.of(e.title(), e.supportersNeeded(), Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(SupportThresholdReached e) {
        notices.send(e.author(), NotificationKind.SUPPORT_PROGRESS, "support-reached", "/proposals/" + e.proposalId(),
                List.of(e.title(), e.supporters()));
    }

    @ApplicationModuleListener
    void on(SupportDeadlineNear e) {
        Locale locale = e.author().language().locale();
        notices.send(e.author(), NotificationKind.SUPPORT_PROGRESS, "support-deadline", "/proposals/" + e.proposalId(),
                List.of(e.title(), e.supporters(), e.supportersNeeded(), Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(ContentHidden e) {
        String template = e.target() == ReportTarget.PROPOSAL ? "proposal-hidden" : "comment-hidden";
        notices.send(e.author(), null, template, "/proposals/" + e.proposalId(), List.of(e.excerpt(), e.reason()));
    }

    @ApplicationModuleListener
    void on(CoAuthorInvited e) {
        var mail = notices.render("", "coauthor-invited", e.language().locale(), "/my-proposals",
                List.of(e.title(), e.inviterName()));
        // someone without an account yet has no preferences: the invitation is how they learn of Civitas
        contacts.byEmail(e.email()).ifPresentOrElse(
                to -> deliveries.deliver(to, NotificationKind.COAUTHOR_INVITATIONS, mail), () -> sender.send(e.email(), mail));
    }
}
