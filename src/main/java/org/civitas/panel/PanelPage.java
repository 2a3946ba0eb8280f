package org.civitas.panel;

import java.time.LocalDate;
import java.util.List;

import org.civitas.shared.Language;

/**
 * What anyone may read of a panel: the question and description (in {@code language}, the reader's where given),
 * the rules of the draw (quotas, the seed), after the draw a summary of the probabilities, the members' count and
 * the learning materials.
 */
public record PanelPage(PanelSummary summary, String description, Language language, int reserves,
        int thresholdPercent, String seed, List<Quota> quotas, LocalDate drawnOn, SelectionSummary selection,
        long acceptedMembers, boolean registrationOpen, List<Deliberation.Material> materials) {

    public PanelPage {
        quotas = List.copyOf(quotas);
        materials = List.copyOf(materials);
    }

    /** Every volunteer's chance under LEXIMIN, in summary: how many could be drawn and the smallest and largest. */
    public record SelectionSummary(int volunteers, int eligible, double minimum, double maximum) {
    }
}
