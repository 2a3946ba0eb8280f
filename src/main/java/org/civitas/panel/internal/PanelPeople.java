package org.civitas.panel.internal;

import java.util.List;
import java.util.Optional;

import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberStatus;
import org.civitas.panel.PanelRuleException;
import org.springframework.stereotype.Component;

/** Who the signed-in person is in a panel, and who hears of its news. */
@Component
class PanelPeople {

    private final MemberRepository members;
    private final PanelFollowerRepository followers;

    PanelPeople(MemberRepository members, PanelFollowerRepository followers) {
        this.members = members;
        this.followers = followers;
    }

    Optional<Member> accepted(long panelId, long accountId) {
        return members.findFirstByPanelIdAndAccountIdOrderByIdDesc(panelId, accountId)
                .filter(m -> m.getStatus() == MemberStatus.ACCEPTED);
    }

    /** The person's accepted place in one of these roles, or a refusal saying who may. */
    Member require(long panelId, long accountId, String refusalKey, MemberRole... roles) {
        return accepted(panelId, accountId).filter(m -> List.of(roles).contains(m.getRole()))
                .orElseThrow(() -> new PanelRuleException(refusalKey));
    }

    /** The accepted voting members' accounts. */
    List<Long> voters(long panelId) {
        return members.findByPanelIdOrderById(panelId).stream()
                .filter(m -> m.getStatus() == MemberStatus.ACCEPTED && m.getRole() == MemberRole.MEMBER
                        && m.getAccountId() != null)
                .map(Member::getAccountId).toList();
    }

    /** Everyone accepted in any role, and the followers, once each. */
    List<Long> audience(long panelId) {
        var ids = new java.util.TreeSet<Long>(followers.accountIds(panelId));
        ids.addAll(people(panelId));
        return List.copyOf(ids);
    }

    /** Everyone accepted in any role (members, experts, moderators, observers), once each. */
    List<Long> people(long panelId) {
        return members.findByPanelIdOrderById(panelId).stream()
                .filter(m -> m.getStatus() == MemberStatus.ACCEPTED && m.getAccountId() != null)
                .map(Member::getAccountId).distinct().toList();
    }
}
