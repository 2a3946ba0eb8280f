package org.civitas.panel.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civitas.panel.MemberRole;
import org.civitas.panel.Outcome;
import org.civitas.panel.Quota;
import org.springframework.stereotype.Component;

/**
 * A seat left by a decline or an unanswered invitation goes to the first reserve, in the drawn order, with whom the
 * seats still meet every quota; when no reserve keeps them all, to the first that strays least from them.
 */
@Component
class Replacements {

    private final VolunteerRepository volunteers;
    private final MemberRepository members;
    private final Invitations invitations;

    Replacements(VolunteerRepository volunteers, MemberRepository members, Invitations invitations) {
        this.volunteers = volunteers;
        this.members = members;
        this.invitations = invitations;
    }

    Optional<Member> fill(Panel panel) {
        Map<Long, Volunteer> byId = new HashMap<>();
        volunteers.findByPanelIdOrderById(panel.getId()).forEach(v -> byId.put(v.getId(), v));
        List<Volunteer> seated = members.findByPanelIdOrderById(panel.getId()).stream()
                .filter(m -> m.getRole() == MemberRole.MEMBER && m.getStatus().holdsSeat() && m.getVolunteerId() != null)
                .map(m -> byId.get(m.getVolunteerId())).toList();
        Optional<Volunteer> reserve = byId.values().stream().filter(v -> v.getOutcome() == Outcome.RESERVE)
                .sorted(Comparator.comparing(Volunteer::getReserveRank))
                .min(Comparator.comparingInt(r -> stray(panel.quotas(), seated, r)));
        return reserve.map(r -> {
            r.called();
            return invitations.volunteer(panel, r);
        });
    }

    /** Seats missing under a minimum plus seats above a maximum, were the reserve to join. */
    static int stray(List<Quota> quotas, List<Volunteer> seated, Volunteer joining) {
        int stray = 0;
        for (Quota quota : quotas) {
            long count = seated.stream().filter(v -> quota.feature().equals(v.getAnswers().get(quota.category())))
                    .count() + (quota.feature().equals(joining.getAnswers().get(quota.category())) ? 1 : 0);
            stray += Math.max(0, quota.min() - count) + Math.max(0, count - quota.max());
        }
        return stray;
    }
}
