package org.civitas.panel.internal;

import org.civitas.identity.AccountErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A volunteer or member who erases their account leaves no name or contact in the panel: the copies kept for the
 * coordinators go too, and so does their name on posts, threads, questions, answers and materials. Their answers stay, so the published pool and the draw remain checkable.
 */
@Component
class PanelErasure {

    /** Where a panel keeps a person's name beside their account, as table, name column, account column. */
    private static final String[][] NAMES = {{"panel_post", "author", "author_account_id"},
            {"panel_thread", "opened_by", "opened_by_account_id"}, {"panel_question", "asker", "asker_account_id"},
            {"panel_question", "answerer", "answerer_account_id"}, {"panel_material", "author", "author_account_id"}};

    private final VolunteerRepository volunteers;
    private final MemberRepository members;
    private final JdbcClient jdbc;

    PanelErasure(VolunteerRepository volunteers, MemberRepository members, JdbcClient jdbc) {
        this.volunteers = volunteers;
        this.members = members;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountErased e) {
        volunteers.findByAccountId(e.accountId()).forEach(Volunteer::erase);
        members.findByAccountId(e.accountId()).forEach(Member::erase);
        // what they wrote stays, for the panel's record, without their name (the pages say "(account deleted)")
        for (String[] place : NAMES) {
            jdbc.sql("update " + place[0] + " set " + place[1] + " = '' where " + place[2] + " = ?").param(e.accountId())
                    .update();
        }
    }
}
