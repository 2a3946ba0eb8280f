package org.civitas.panel.sortition;

import java.util.List;

/**
 * LEXIMIN by column generation (Flanigan et al., Nature 2021), over volunteer types. Each stage raises
 * the smallest probability among the types not yet fixed as far as it goes while the fixed ones keep
 * theirs, then fixes the types that cannot go higher; the stages repeat until every type is fixed.
 *
 * <p>Within a stage, the dual LP over the panels known so far gives a price per type; the integer
 * program then looks for the panel worth most at those prices. When even that panel is worth no more
 * than {@link #GAP} above the dual's cap, no panel can raise the stage's value by more than {@code GAP},
 * so the stage stops; otherwise the panel joins the known panels and the dual is solved again.
 */
final class LeximinSolver {

    /** Stopping rule: a stage ends once no panel could raise its value by more than this probability. */
    static final double GAP = 1e-7;
    /** A type whose dual weight exceeds this is fixed at the stage's value (it cannot get more). */
    static final double FIX = 1e-6;
    /** Fixed probabilities are lowered by this much, so rounding cannot make the next stage infeasible. */
    static final double SLACK = 1e-9;
    /**
     * Guard against a stage that never converges: past this many panels a stage stops where it is. The
     * lottery is still valid and its probabilities exact; it is only less fair than LEXIMIN could be.
     */
    static final int MAX_PANELS = 5_000;

    private final VolunteerTypes types;
    private final QuotaProgram program;
    private final PanelColumns panels = new PanelColumns();
    private final double[] fixed;
    private final boolean[] isFixed;

    private LeximinSolver(VolunteerTypes types, int panelSize) {
        this.types = types;
        this.program = new QuotaProgram(types, panelSize);
        this.fixed = new double[types.count()];
        this.isFixed = new boolean[types.count()];
    }

    /** @throws InfeasibleQuotasException when no panel of this size meets the quotas */
    static TypeDistribution solve(VolunteerTypes types, int panelSize) {
        return new LeximinSolver(types, panelSize).run();
    }

    private TypeDistribution run() {
        if (!program.feasible()) {
            throw ConflictFinder.explain(types, program);
        }
        InitialPanels.cover(program, types, panels, isFixed);
        while (!allFixed()) {
            runStage();
        }
        return new TypeDistribution(panels.all(), PanelMix.solve(types, panels.all(), fixed, isFixed));
    }

    private void runStage() {
        while (true) {
            StageSolution stage = solveDual();
            // Price per seat: the dual weight of a type is spread over its members.
            double[] prices = new double[types.count()];
            for (int t = 0; t < prices.length; t++) {
                prices[t] = stage.y()[t] / types.size(t);
            }
            int[] best = program.maximise(prices).orElseThrow(
                    () -> new IllegalStateException("The quotas stopped being feasible during LEXIMIN."));
            double worth = 0;
            for (int t = 0; t < best.length; t++) {
                worth += prices[t] * best[t];
            }
            // A panel already known means the gap is rounding noise: the known panels suffice.
            if (worth <= stage.cap() + GAP || !panels.add(best) || panels.size() >= MAX_PANELS) {
                fixTypes(stage);
                return;
            }
        }
    }

    private StageSolution solveDual() {
        return DualStage.solve(types, panels.all(), fixed, isFixed).orElseThrow(
                () -> new IllegalStateException("The LEXIMIN linear program could not be solved."));
    }

    private void fixTypes(StageSolution stage) {
        // The value is fixed no higher than a checked mix of the known panels actually reaches, so the
        // next stage can always keep it, even if the solver's dual answer was a little off.
        double value = Math.min(stage.value(), reached());
        // A positive dual weight means (complementary slackness) that this type's probability equals the
        // stage's value in every optimal solution: it cannot be raised further.
        int heaviest = -1;
        boolean any = false;
        for (int t = 0; t < fixed.length; t++) {
            if (isFixed[t]) {
                continue;
            }
            if (heaviest < 0 || stage.y()[t] > stage.y()[heaviest]) {
                heaviest = t;
            }
            if (stage.y()[t] > FIX) {
                fix(t, value);
                any = true;
            }
        }
        if (!any) {
            fix(heaviest, value);
        }
    }

    /** The smallest probability among unfixed types under the best mix of the known panels. */
    private double reached() {
        List<int[]> known = panels.all();
        double[] probabilities = PanelMix.typeProbabilities(types, known, PanelMix.solve(types, known, fixed, isFixed));
        double lowest = 1;
        for (int t = 0; t < probabilities.length; t++) {
            if (!isFixed[t]) {
                lowest = Math.min(lowest, probabilities[t]);
            }
        }
        return lowest;
    }

    private void fix(int type, double value) {
        fixed[type] = Math.max(0, value - SLACK);
        isFixed[type] = true;
    }

    private boolean allFixed() {
        for (boolean f : isFixed) {
            if (!f) {
                return false;
            }
        }
        return true;
    }
}
