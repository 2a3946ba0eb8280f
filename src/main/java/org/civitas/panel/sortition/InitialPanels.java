package org.civitas.panel.sortition;

/**
 * The first panels for column generation: for each type not yet on any panel, a panel with as many of
 * its members as possible (and, second, members of other uncovered types). A type that still gets no
 * seat can be on no panel at all; its probability is fixed at 0 from the start.
 */
final class InitialPanels {

    private InitialPanels() {
    }

    /** Adds the panels and marks the types that no panel can include; the quotas must be feasible. */
    static void cover(QuotaProgram program, VolunteerTypes types, PanelColumns panels, boolean[] impossible) {
        int count = types.count();
        boolean[] covered = new boolean[count];
        for (int t = 0; t < count; t++) {
            if (covered[t]) {
                continue;
            }
            int[] seats = program.maximise(weights(types, covered, t)).orElseThrow(
                    () -> new IllegalStateException("Feasible quotas turned infeasible"));
            impossible[t] = seats[t] == 0;
            panels.add(seats);
            for (int u = 0; u < count; u++) {
                covered[u] |= seats[u] > 0;
            }
        }
    }

    private static double[] weights(VolunteerTypes types, boolean[] covered, int target) {
        double[] weights = new double[types.count()];
        for (int u = 0; u < weights.length; u++) {
            weights[u] = covered[u] ? 0 : 1.0 / types.size(u);
        }
        // Worth more than all the other uncovered types together: the target comes first.
        weights[target] = weights.length + 1.0;
        return weights;
    }
}
