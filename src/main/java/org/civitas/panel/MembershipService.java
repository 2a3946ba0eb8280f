package org.civitas.panel;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.internal.Member;
import org.civitas.panel.internal.MemberRepository;
import org.civitas.panel.internal.Memberships;
import org.civitas.panel.internal.Panels;
import org.civitas.panel.internal.VolunteerRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a panel: invitations answered through their link, roles added by coordinators, and the list
 * of participants, which only the panel's own people and coordinators see.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final Memberships memberships;
    private final MemberRepository members;
    private final VolunteerRepository volunteers;
    private final ProfileService profiles;
    private final Contacts contacts;

    MembershipService(Memberships memberships, MemberRepository members, VolunteerRepository volunteers,
            ProfileService profiles, Contacts contacts) {
        this.memberships = memberships;
        this.members = members;
        this.volunteers = volunteers;
        this.profiles = profiles;
        this.contacts = contacts;
    }

    /** The invitation behind a link; empty for an unknown link. Anyone holding the link may read it. */
    public Optional<Invitation> invitation(String secret) {
        return memberships.invitation(secret);
    }

    /** Accepts or declines through the mailed link; a signed-in person who accepts is linked to the seat. */
    @Transactional
    public long answer(String secret, boolean accept) {
        return memberships.answer(secret, accept, profiles.currentId().orElse(null));
    }

    /** A coordinator records the answer of a volunteer reached by post or phone. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void answerFor(long memberId, boolean accept) {
        memberships.answerFor(memberId, accept);
    }

    /** Invites someone with an account in a role (expert, moderator, observer; or a member by hand). */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public void add(long panelId, String email, MemberRole role) {
        Contact person = contacts.byEmail(email).orElseThrow(() -> new PanelRuleException("panel.error.no-account"));
        memberships.add(panelId, person.accountId(), person.displayName(), person.email(), person.language(), role);
    }

    /** Gives the seats of invitations unanswered past their day to reserves (the panel job does this every few minutes). */
    @Transactional
    public int expireDue() {
        return memberships.expireDue();
    }

    /** The signed-in person's accepted place in the panel, if they have one. */
    public Optional<MemberSummary> me(long panelId) {
        return profiles.currentId().flatMap(me -> members.findFirstByPanelIdAndAccountIdOrderByIdDesc(panelId, me))
                .filter(m -> m.getStatus() == MemberStatus.ACCEPTED).map(m -> summary(m, false, ""));
    }

    /** Everyone invited, for coordinators (with emails and needs) and for the panel's own people (without). */
    @PermitAll
    public List<MemberSummary> list(long panelId) {
        CurrentAccount me = profiles.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        boolean coordinator = me.has(Role.OFFICIAL) || me.has(Role.ADMIN);
        if (!coordinator && me(panelId).isEmpty()) {
            throw new AccessDeniedException("Only the panel's people see who takes part");
        }
        java.util.Map<Long, String> needs = new java.util.HashMap<>();
        if (coordinator) {
            volunteers.findByPanelIdOrderById(panelId).forEach(v -> needs.put(v.getId(), v.getNeeds()));
        }
        return members.findByPanelIdOrderById(panelId).stream()
                .map(m -> summary(m, coordinator, needs.getOrDefault(m.getVolunteerId(), ""))).toList();
    }

    private static MemberSummary summary(Member m, boolean coordinator, String needs) {
        return new MemberSummary(m.getId(), m.getName(), m.getRole(), m.getStatus(), m.getRespondBy(),
                coordinator ? m.getEmail() : null, m.language().code(), needs);
    }
}
