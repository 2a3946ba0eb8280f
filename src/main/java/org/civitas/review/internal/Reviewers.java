package org.civitas.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.shared.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is reviewing, whom to tell, and when: the people, clock and events a review step needs. */
@Component
public class Reviewers {

    private final ProfileService profiles;
    private final Contacts contacts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reviewers(ProfileService profiles, Contacts contacts, Clock clock, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.clock = clock;
        this.events = events;
    }

    public CurrentAccount me() {
        return profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    public Optional<Contact> contact(long accountId) {
        return contacts.byId(accountId);
    }

    public Contacts contacts() {
        return contacts;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
