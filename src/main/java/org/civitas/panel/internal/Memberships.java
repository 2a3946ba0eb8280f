package org.civitas.panel.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.civitas.panel.Invitation;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberStatus;
import org.civitas.panel.PanelRuleException;
import org.civitas.shared.Language;
import org.civitas.shared.Secrets;
import org.springframework.stereotype.Component;

/** Answers to invitations, by their link or by a coordinator for a volunteer reached by post or phone. */
@Component
public class Memberships {

    private final MemberRepository members;
    private final Panels panels;
    private final Replacements replacements;
    private final Invitations invitations;
    private final Clock clock;

    Memberships(MemberRepository members, Panels panels, Replacements replacements, Invitations invitations,
            Clock clock) {
        this.members = members;
        this.panels = panels;
        this.replacements = replacements;
        this.invitations = invitations;
        this.clock = clock;
    }

    public void add(long panelId, long accountId, String name, String email, Language language, MemberRole role) {
        Panel panel = panels.get(panelId);
        boolean active = members.findByPanelIdOrderById(panelId).stream()
                .anyMatch(m -> Long.valueOf(accountId).equals(m.getAccountId()) && m.getStatus().holdsSeat());
        if (active) {
            throw new PanelRuleException("panel.error.already-member");
        }
        invitations.invite(panel, null, accountId, name, email, language, role);
    }

    public Optional<Invitation> invitation(String secret) {
        return bySecret(secret).map(m -> {
            Panel panel = panels.get(m.getPanelId());
            boolean open = m.getStatus() == MemberStatus.INVITED && !panels.today().isAfter(m.getRespondBy());
            return new Invitation(panel.getId(), panel.text(m.language()).question(), m.getName(), m.getRole(),
                    m.getStatus(), m.getRespondBy(), open);
        });
    }

    /** @param accountId who opened the link signed in, linked to the seat; null keeps the volunteer's own account */
    public long answer(String secret, boolean accept, Long accountId) {
        Member member = bySecret(secret).orElseThrow(() -> new PanelRuleException("panel.error.invitation-unknown"));
        answer(member, accept, accountId);
        return member.getPanelId();
    }

    public void answerFor(long memberId, boolean accept) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new PanelRuleException("panel.error.invitation-unknown"));
        answer(member, accept, null);
    }

    private void answer(Member member, boolean accept, Long accountId) {
        if (member.getStatus() != MemberStatus.INVITED) {
            throw new PanelRuleException("panel.error.invitation-answered");
        }
        if (panels.today().isAfter(member.getRespondBy())) {
            throw new PanelRuleException("panel.error.invitation-expired");
        }
        member.answer(accept ? MemberStatus.ACCEPTED : MemberStatus.DECLINED, accept ? accountId : null,
                clock.instant());
        if (!accept) {
            refill(member);
        }
    }

    /** Invitations left unanswered past their day lose their seat to a reserve. */
    public int expireDue() {
        List<Member> due = members.findByStatusAndRespondByBefore(MemberStatus.INVITED, panels.today());
        for (Member member : due) {
            member.answer(MemberStatus.EXPIRED, null, clock.instant());
            refill(member);
        }
        return due.size();
    }

    private void refill(Member member) {
        if (member.getRole() == MemberRole.MEMBER && member.getVolunteerId() != null) {
            members.flush();
            replacements.fill(panels.get(member.getPanelId()));
        }
    }

    private Optional<Member> bySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return members.findByTokenHash(Secrets.sha256(secret));
    }
}
