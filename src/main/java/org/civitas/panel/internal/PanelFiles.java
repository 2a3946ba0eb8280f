package org.civitas.panel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.Quota;
import org.civitas.panel.sortition.SelectPanelCommand;
import org.civitas.shared.Csv;
import org.springframework.stereotype.Component;

/**
 * The draw's public files in the format of {@code select-panel} (shared/data/sortition/FORMAT.md): the pool by
 * registration number and answers only (no name, no contact), the quotas, and after the draw every probability.
 * With them and the seed anyone repeats the draw on the command line.
 */
@Component
public class PanelFiles {

    private final Panels panels;
    private final VolunteerRepository volunteers;

    PanelFiles(Panels panels, VolunteerRepository volunteers) {
        this.panels = panels;
        this.volunteers = volunteers;
    }

    public String respondents(long panelId) {
        Panel panel = published(panelId);
        List<String> categories = List.copyOf(PanelRules.features(panel.quotas()).keySet());
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(categories);
        Csv csv = new Csv(header.toArray(String[]::new));
        for (Volunteer v : volunteers.findByPanelIdOrderById(panelId)) {
            Map<String, String> answers = v.getAnswers();
            List<Object> row = new ArrayList<>(List.of(v.getId()));
            categories.forEach(c -> row.add(answers.get(c)));
            csv.row(row);
        }
        return csv.toString();
    }

    public String categories(long panelId) {
        Csv csv = new Csv("category", "feature", "min", "max");
        for (Quota q : panels.get(panelId).quotas()) {
            csv.row(List.of(q.category(), q.feature(), q.min(), q.max()));
        }
        return csv.toString();
    }

    /** {@code id;probability} per volunteer, as {@code select-panel --probabilities} prints it. */
    public String probabilities(long panelId) {
        if (panels.get(panelId).getStatus() != PanelStatus.DRAWN) {
            throw new PanelRuleException("panel.error.not-drawn");
        }
        StringBuilder text = new StringBuilder();
        for (Volunteer v : volunteers.findByPanelIdOrderById(panelId)) {
            double p = v.getProbability() == null ? 0 : v.getProbability();
            text.append(v.getId()).append(';').append(SelectPanelCommand.formatProbability(p)).append('\n');
        }
        return text.toString();
    }

    /** The pool is published once registration has ended: before, it is still changing. */
    private Panel published(long panelId) {
        Panel panel = panels.get(panelId);
        if (panel.getStatus() == PanelStatus.RECRUITING && !panels.readyToDraw(panel)) {
            throw new PanelRuleException("panel.error.pool-not-final");
        }
        return panel;
    }
}
