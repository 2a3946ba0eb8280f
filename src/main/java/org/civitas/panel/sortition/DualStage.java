package org.civitas.panel.sortition;

import java.util.List;
import java.util.Optional;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The dual of one LEXIMIN stage over the panels known so far (Flanigan et al. 2021, Methods):
 * minimise cap - sum(fixed_t * y_t) subject to sum(y_t over unfixed t) = 1, y >= 0, and for every known
 * panel P: sum(y_t * seats_P(t) / size(t)) <= cap. Here seats_P(t) / size(t) is the chance that panel P
 * gives a member of type t. Solved as its own model so the y values are plain variables.
 *
 * <p>One more constraint, sum(y_t over fixed t) <= {@link PanelMix#PENALTY}, is the dual of letting the
 * fixed probabilities fall short at that price: it keeps the program bounded even when rounding has left
 * a fixed probability a hair above what the panels allow.
 */
final class DualStage {

    /** How far a solver's answer may stray from a constraint before it is taken as wrong. */
    static final double TOLERANCE = 1e-7;

    private final VolunteerTypes types;
    private final List<int[]> panels;
    private final double[] fixed;
    private final boolean[] isFixed;

    private DualStage(VolunteerTypes types, List<int[]> panels, double[] fixed, boolean[] isFixed) {
        this.types = types;
        this.panels = panels;
        this.fixed = fixed;
        this.isFixed = isFixed;
    }

    /** Empty only when no solver variant gives a valid answer. */
    static Optional<StageSolution> solve(VolunteerTypes types, List<int[]> panels, double[] fixed, boolean[] isFixed) {
        DualStage stage = new DualStage(types, panels, fixed, isFixed);
        return Solvers.minimise(stage::model, result -> stage.satisfies(stage.solution(result)))
                .map(stage::solution);
    }

    private ExpressionsBasedModel model() {
        ExpressionsBasedModel model = Solvers.newModel();
        int count = types.count();
        Variable[] y = new Variable[count];
        for (int t = 0; t < count; t++) {
            y[t] = model.newVariable("y" + t).lower(0).weight(isFixed[t] ? -fixed[t] : 0);
        }
        Variable cap = model.newVariable("cap").lower(0).weight(1);
        Expression unfixed = model.newExpression("unfixed").level(1);
        for (int t = 0; t < count; t++) {
            if (!isFixed[t]) {
                unfixed.set(y[t], 1);
            }
        }
        Expression fixedTotal = model.newExpression("fixed").upper(PanelMix.PENALTY);
        for (int t = 0; t < count; t++) {
            if (isFixed[t]) {
                fixedTotal.set(y[t], 1);
            }
        }
        for (int p = 0; p < panels.size(); p++) {
            Expression panel = model.newExpression("p" + p).upper(0).set(cap, -1);
            for (int t = 0; t < count; t++) {
                if (panels.get(p)[t] > 0) {
                    panel.set(y[t], share(p, t));
                }
            }
        }
        return model;
    }

    private StageSolution solution(Optimisation.Result result) {
        int count = types.count();
        double[] y = new double[count];
        double value = result.doubleValue(count);
        for (int t = 0; t < count; t++) {
            y[t] = Math.max(0, result.doubleValue(t));
            if (isFixed[t]) {
                value -= fixed[t] * y[t];
            }
        }
        return new StageSolution(y, result.doubleValue(count), value);
    }

    private boolean satisfies(StageSolution solution) {
        double unfixed = 0;
        for (int t = 0; t < types.count(); t++) {
            unfixed += isFixed[t] ? 0 : solution.y()[t];
        }
        if (Math.abs(unfixed - 1) > TOLERANCE) {
            return false;
        }
        for (int p = 0; p < panels.size(); p++) {
            if (worth(p, solution.y()) > solution.cap() + TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private double worth(int p, double[] y) {
        double worth = 0;
        for (int t = 0; t < y.length; t++) {
            worth += y[t] * share(p, t);
        }
        return worth;
    }

    private double share(int p, int t) {
        return (double) panels.get(p)[t] / types.size(t);
    }
}
