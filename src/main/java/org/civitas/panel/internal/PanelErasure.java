package org.civitas.panel.internal;

import org.civitas.identity.AccountErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A volunteer or member who erases their account leaves no name or contact in the panel: the copies kept for the
 * coordinators go too. Their answers stay, so the published pool and the draw remain checkable.
 */
@Component
class PanelErasure {

    private final VolunteerRepository volunteers;
    private final MemberRepository members;

    PanelErasure(VolunteerRepository volunteers, MemberRepository members) {
        this.volunteers = volunteers;
        this.members = members;
    }

    @ApplicationModuleListener
    void on(AccountErased e) {
        volunteers.findByAccountId(e.accountId()).forEach(Volunteer::erase);
        members.findByAccountId(e.accountId()).forEach(Member::erase);
    }
}
