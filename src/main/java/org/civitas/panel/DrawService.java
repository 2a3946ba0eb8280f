package org.civitas.panel;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.panel.internal.Draws;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The draw of a panel by its coordinator: LEXIMIN probabilities, the seeded draw, the members' invitations. */
@Service
@Transactional(readOnly = true)
public class DrawService {

    private final Draws draws;

    DrawService(Draws draws) {
        this.draws = draws;
    }

    /**
     * Draws the panel and its reserves with the panel's announced seed and invites the members, all or nothing.
     *
     * @throws PanelRuleException when registration is still open, no seed was announced, the panel is drawn, or no
     *                            panel meets the quotas (naming the categories in conflict)
     */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public DrawResult draw(long panelId) {
        return draws.draw(panelId);
    }
}
