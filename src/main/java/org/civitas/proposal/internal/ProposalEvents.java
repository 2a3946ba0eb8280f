package org.civitas.proposal.internal;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.proposal.ProposalSubmitted;
import org.civitas.proposal.SupportDeadlineNear;
import org.civitas.proposal.SupportThresholdReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to a proposal, addressed to its author; the events are stored with the change
 * (the outbox) and become mails after the commit. An erased author gets nothing.
 */
@Component
public class ProposalEvents {

    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final StatusChanges statuses;

    ProposalEvents(Contacts contacts, ApplicationEventPublisher events, StatusChanges statuses) {
        this.contacts = contacts;
        this.events = events;
        this.statuses = statuses;
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    public java.util.Optional<Contact> contact(long accountId) {
        return contacts.byId(accountId);
    }

    public StatusChanges statuses() {
        return statuses;
    }

    public void submitted(Proposal p, int needed) {
        author(p).ifPresent(a -> events.publishEvent(
                new ProposalSubmitted(p.getId(), p.getTitle(), a, needed, p.getSupportDeadline())));
    }

    public void thresholdReached(Proposal p, int supporters) {
        author(p).ifPresent(a -> events.publishEvent(new SupportThresholdReached(p.getId(), p.getTitle(), a, supporters)));
    }

    public void deadlineNear(Proposal p, int supporters, int needed) {
        author(p).ifPresent(a -> events.publishEvent(
                new SupportDeadlineNear(p.getId(), p.getTitle(), a, supporters, needed, p.getSupportDeadline())));
    }

    private java.util.Optional<Contact> author(Proposal p) {
        return contacts.byId(p.getAuthorId());
    }
}
