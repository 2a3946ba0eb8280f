package org.civitas.panel.internal;

import org.civitas.panel.Deliberation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is acting in a panel's deliberation: one of its accepted people, or a coordinator (an official). */
@Component
public class DeliberationAccess {

    private final PanelPeople people;

    DeliberationAccess(PanelPeople people) {
        this.people = people;
    }

    /** @throws AccessDeniedException for someone who is neither in the panel nor a coordinator */
    public Deliberation.Participant person(long panelId, long accountId, String displayName, boolean coordinator) {
        var member = people.accepted(panelId, accountId);
        if (member.isEmpty() && !coordinator) {
            throw new AccessDeniedException("Only the panel's people take part in its deliberation");
        }
        return new Deliberation.Participant(panelId, member.map(Member::getRole).orElse(null), coordinator,
                member.map(Member::getName).orElse(displayName), accountId);
    }
}
