package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civitas.identity.Contact;
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
    private final String baseUrl;

    ProposalMails(MailTemplates templates, MailDelivery sender, @Value("${civitas.base-url}") String baseUrl) {
        this.templates = templates;
        this.sender = sender;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        Locale locale = e.author().language().locale();
        send(e.author(), "proposal-submitted", e.proposalId(),
                List.of(e.title(), e.supportersNeeded(), Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(SupportThresholdReached e) {
        send(e.author(), "support-reached", e.proposalId(), List.of(e.title(), e.supporters()));
    }

    @ApplicationModuleListener
    void on(SupportDeadlineNear e) {
        Locale locale = e.author().language().locale();
        send(e.author(), "support-deadline", e.proposalId(), List.of(e.title(), e.supporters(), e.supportersNeeded(),
                Formats.date(e.supportDeadline(), locale)));
    }

    @ApplicationModuleListener
    void on(org.civitas.proposal.ContentHidden e) {
        String kind = e.target() == org.civitas.proposal.ReportTarget.PROPOSAL ? "proposal-hidden" : "comment-hidden";
        send(e.author(), kind, e.proposalId(), List.of(e.excerpt(), e.reason()));
    }

    @ApplicationModuleListener
    void on(CoAuthorInvited e) {
        sender.send(e.email(), templates.render("notice-mail", "coauthor-invited", e.language().locale(),
                Map.of("name", "", "args", List.of(e.title(), e.inviterName()),
                        "link", baseUrl + "/my-proposals")));
    }

    private void send(Contact to, String kind, long proposalId, List<Object> args) {
        sender.send(to.email(), templates.render("notice-mail", kind, to.language().locale(),
                Map.of("name", to.displayName(), "args", args, "link", baseUrl + "/proposals/" + proposalId)));
    }
}
