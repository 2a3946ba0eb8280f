package org.civitas.panel.sortition;

import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The best mix of the known panels (the primal of a LEXIMIN stage): how often to draw each so that the
 * types not yet fixed all reach the highest common probability z while the fixed ones keep theirs.
 * To stay clear of rounding trouble a fixed type may fall short by eps at a steep price:
 * maximise z - PENALTY * eps subject to sum(p_P) = 1, p >= 0, 0 <= z <= 1, and
 * sum(p_P * seats_P(t) / size(t)) >= z for an unfixed type, + eps >= fixed_t for a fixed one.
 */
final class PanelMix {

    /** Price of a shortfall eps, far above any gain it could buy in z (both are probabilities). */
    static final double PENALTY = 1000;

    private static final double SUM_TOLERANCE = 1e-3;

    private PanelMix() {
    }

    /** The probability of each panel, in the order given; non-negative and summing to 1. */
    static double[] solve(VolunteerTypes types, List<int[]> panels, double[] fixed, boolean[] isFixed) {
        Optimisation.Result result = Solvers.minimise(() -> model(types, panels, fixed, isFixed),
                r -> isDistribution(r, panels.size()))
                .orElseThrow(() -> new IllegalStateException("No mix of the panels found could be computed."));
        double[] p = new double[panels.size()];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(0, result.doubleValue(i));
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The probability each type gets from a mix of panels. */
    static double[] typeProbabilities(VolunteerTypes types, List<int[]> panels, double[] mix) {
        double[] probabilities = new double[types.count()];
        for (int i = 0; i < mix.length; i++) {
            for (int t = 0; t < probabilities.length; t++) {
                probabilities[t] += mix[i] * panels.get(i)[t] / types.size(t);
            }
        }
        return probabilities;
    }

    private static ExpressionsBasedModel model(VolunteerTypes types, List<int[]> panels, double[] fixed,
            boolean[] isFixed) {
        ExpressionsBasedModel model = Solvers.newModel();
        Variable[] p = new Variable[panels.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.newVariable("p" + i).lower(0);
        }
        Variable z = model.newVariable("z").lower(0).upper(1).weight(-1);
        Variable eps = model.newVariable("eps").lower(0).weight(PENALTY);
        Expression total = model.newExpression("total").level(1);
        for (Variable variable : p) {
            total.set(variable, 1);
        }
        for (int t = 0; t < types.count(); t++) {
            Expression share = isFixed[t] ? model.newExpression("t" + t).lower(fixed[t]).set(eps, 1)
                    : model.newExpression("t" + t).lower(0).set(z, -1);
            for (int i = 0; i < p.length; i++) {
                if (panels.get(i)[t] > 0) {
                    share.set(p[i], (double) panels.get(i)[t] / types.size(t));
                }
            }
        }
        return model;
    }

    // Any non-negative mix becomes a distribution once scaled to sum 1, and every probability is then
    // computed from that scaled mix, never taken from the solver; so an answer whose sum is a little off
    // (ojAlgo's can be, by 1e-4, on pools of about 1,500) is still usable. Only a grossly wrong one is not.
    private static boolean isDistribution(Optimisation.Result result, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (result.doubleValue(i) < -DualStage.TOLERANCE) {
                return false;
            }
            sum += result.doubleValue(i);
        }
        return Math.abs(sum - 1) <= SUM_TOLERANCE;
    }
}
