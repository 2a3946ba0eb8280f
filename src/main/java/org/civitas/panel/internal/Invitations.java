package org.civitas.panel.internal;

import java.time.Clock;

import org.civitas.panel.MemberInvited;
import org.civitas.panel.MemberRole;
import org.civitas.shared.Language;
import org.civitas.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Makes an invitation with its own link secret and has it mailed (the event is stored with it: the outbox). */
@Component
class Invitations {

    private final MemberRepository members;
    private final Panels panels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(MemberRepository members, Panels panels, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.panels = panels;
        this.events = events;
        this.clock = clock;
    }

    Member volunteer(Panel panel, Volunteer volunteer) {
        return invite(panel, volunteer.getId(), volunteer.getAccountId(), volunteer.getName(), volunteer.getEmail(),
                volunteer.language(), MemberRole.MEMBER);
    }

    Member invite(Panel panel, Long volunteerId, Long accountId, String name, String email, Language language,
            MemberRole role) {
        String secret = Secrets.newSecret();
        var respondBy = panels.today().plusDays(panel.getAcceptDays());
        Member member = members.save(new Member(panel.getId(), volunteerId, accountId, name, email, language, role,
                respondBy, Secrets.sha256(secret), clock.instant()));
        events.publishEvent(new MemberInvited(member.getId(), panel.getId(), panel.text(language).question(), name,
                email, language, role, respondBy, secret));
        return member;
    }
}
