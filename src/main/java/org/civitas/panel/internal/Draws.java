package org.civitas.panel.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.panel.DrawResult;
import org.civitas.panel.Outcome;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.sortition.InfeasibleQuotasException;
import org.civitas.panel.sortition.Leximin;
import org.civitas.panel.sortition.Pool;
import org.civitas.panel.sortition.Selection;
import org.springframework.stereotype.Component;

/**
 * The draw: LEXIMIN over the registered volunteers, every probability kept for publication, then the panel and the
 * reserves drawn with the announced seed exactly as {@code select-panel} draws them from the published files.
 */
@Component
public class Draws {

    private final Panels panels;
    private final VolunteerRepository volunteers;
    private final Invitations invitations;

    Draws(Panels panels, VolunteerRepository volunteers, Invitations invitations) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.invitations = invitations;
    }

    public DrawResult draw(long panelId) {
        Panel panel = panels.get(panelId);
        if (panel.getStatus() == PanelStatus.DRAWN) {
            throw new PanelRuleException("panel.error.already-drawn");
        }
        if (!panels.readyToDraw(panel)) {
            throw new PanelRuleException("panel.error.registration-still-open");
        }
        if (panel.getSeed() == null || panel.getSeed().isBlank()) {
            throw new PanelRuleException("panel.error.seed-required");
        }
        List<Volunteer> all = volunteers.findByPanelIdOrderById(panelId);
        Pool pool = SortitionPools.of(panel.quotas(), all);
        Selection selection = select(pool, panel.getPanelSize(), all.size());
        var drawn = selection.drawPanel(panel.getSeed());
        int reserveCount = Math.min(panel.getReserves(), pool.eligible().size() - drawn.size());
        var reserves = selection.drawReserves(drawn, reserveCount, panel.getSeed());
        Map<String, Integer> rank = new HashMap<>();
        drawn.forEach(v -> rank.put(v.id(), 0));
        for (int i = 0; i < reserves.size(); i++) {
            rank.put(reserves.get(i).id(), i + 1);
        }
        Map<String, Double> chances = selection.probabilities();
        for (Volunteer volunteer : all) {
            String id = String.valueOf(volunteer.getId());
            Integer r = rank.get(id);
            Outcome outcome = r == null ? Outcome.POOL : r == 0 ? Outcome.MEMBER : Outcome.RESERVE;
            volunteer.drawnAs(chances.get(id), outcome, r == null || r == 0 ? null : r);
            if (outcome == Outcome.MEMBER) {
                invitations.volunteer(panel, volunteer);
            }
        }
        panel.drawn(panels.today());
        return new DrawResult(drawn.size(), reserves.size(), selection.minimumProbability());
    }

    private static Selection select(Pool pool, int size, int volunteers) {
        try {
            return Leximin.select(pool, size);
        } catch (InfeasibleQuotasException e) {
            if (e.categories().isEmpty()) {
                throw new PanelRuleException("panel.error.pool-too-small", pool.eligible().size(), volunteers, size);
            }
            throw new PanelRuleException("panel.error.quotas-infeasible", String.join(", ", e.categories()));
        }
    }
}
