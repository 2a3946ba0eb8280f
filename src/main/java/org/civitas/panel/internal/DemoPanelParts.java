package org.civitas.panel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.civitas.identity.Contacts;
import org.civitas.panel.Deliberation;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The drawn demo panel's deliberation, as if it had taken place: every drawn (paper) volunteer accepted, demo
 * authors as expert and moderator, the demo resident as observer, a session, a material, a question, and two
 * recommendations voted weeks ago, the one that passed answered by the demo official.
 */
@Component
@Profile("dev")
class DemoPanelParts {

    private final Panels panels;
    private final MemberRepository members;
    private final Invitations invitations;
    private final Deliberations deliberations;
    private final DemoRecommendations recommendations;
    private final Contacts contacts;
    private final Clock clock;

    DemoPanelParts(Panels panels, MemberRepository members, Invitations invitations, Deliberations deliberations,
            DemoRecommendations recommendations, Contacts contacts, Clock clock) {
        this.panels = panels;
        this.members = members;
        this.invitations = invitations;
        this.deliberations = deliberations;
        this.recommendations = recommendations;
        this.contacts = contacts;
        this.clock = clock;
    }

    void deliberated(long panelId) {
        Instant now = clock.instant();
        members.findByPanelIdOrderById(panelId).forEach(m -> m.answer(MemberStatus.ACCEPTED, null, now));
        String expert = accept(panelId, "tomasz.wojcik@civitas.demo", MemberRole.EXPERT);
        accept(panelId, "anna.nowak@civitas.demo", MemberRole.MODERATOR);
        accept(panelId, "resident@civitas.demo", MemberRole.OBSERVER);
        var city = new Deliberation.Participant(panelId, null, true, "Urząd Miasta Krakowa", null);
        deliberations.schedule(panelId, city, new Deliberation.NewSession("Spotkanie 1: jak jeździmy nocą",
                now.minus(Duration.ofDays(25)), "Urząd Miasta Krakowa, pl. Wszystkich Świętych 3-4, sala Portretowa",
                "", "Tłumaczenie na ukraiński i gruziński; wejście bez schodów"));
        deliberations.addMaterial(panelId, new Deliberation.Participant(panelId, MemberRole.EXPERT, false, expert, null),
                new Deliberation.NewMaterial("Nocne linie w liczbach", "Ile osób jeździ nocą, dokąd i o której.",
                        "https://www.openstreetmap.org/relation/2768922", null, null));
        deliberations.ask(panelId, new Deliberation.Participant(panelId, MemberRole.MEMBER, false, "Mieszkaniec 3", null),
                "Ile kosztuje rocznie jedna nocna linia autobusowa?");
        long official = contacts.byEmail("official@civitas.demo").orElseThrow().accountId();
        recommendations.voted(panels.get(panelId), official);
    }

    private String accept(long panelId, String email, MemberRole role) {
        var person = contacts.byEmail(email).orElseThrow();
        Member member = invitations.invite(panels.get(panelId), null, person.accountId(), person.displayName(),
                person.email(), person.language(), role);
        member.answer(MemberStatus.ACCEPTED, person.accountId(), clock.instant());
        return person.displayName();
    }
}
