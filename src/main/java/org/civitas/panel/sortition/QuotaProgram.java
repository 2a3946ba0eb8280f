package org.civitas.panel.sortition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The integer program of quota-satisfying panels: how many seats each volunteer type gets, so that the
 * panel has exactly {@code panelSize} seats, no type more seats than members, and every quota row holds.
 */
final class QuotaProgram {

    private final VolunteerTypes types;
    private final int panelSize;
    private final List<QuotaRow> rows;

    QuotaProgram(VolunteerTypes types, int panelSize) {
        this(types, panelSize, types.quotaRows());
    }

    private QuotaProgram(VolunteerTypes types, int panelSize, List<QuotaRow> rows) {
        this.types = types;
        this.panelSize = panelSize;
        this.rows = List.copyOf(rows);
    }

    /** The same program with only the quotas of these categories (indices into the category list). */
    QuotaProgram restrictedTo(Set<Integer> categories) {
        return new QuotaProgram(types, panelSize, rows.stream().filter(r -> categories.contains(r.category())).toList());
    }

    int panelSize() {
        return panelSize;
    }

    boolean feasible() {
        return maximise(new double[types.count()]).isPresent();
    }

    /** A panel (seats per type) maximising the weighted seats, or empty when no panel meets the quotas. */
    Optional<int[]> maximise(double[] weights) {
        if (types.eligibleCount() < panelSize || rows.stream().anyMatch(r -> r.types().length == 0 && r.min() > 0)) {
            return Optional.empty(); // ojAlgo would drop such an empty row instead of failing on it
        }
        ExpressionsBasedModel model = Solvers.newModel();
        Variable[] seats = new Variable[types.count()];
        double scale = scale(weights);
        for (int t = 0; t < seats.length; t++) {
            seats[t] = model.newVariable("t" + t).lower(0).upper(types.size(t)).integer(true).weight(weights[t] * scale);
        }
        Expression size = model.newExpression("size").level(panelSize);
        for (Variable variable : seats) {
            size.set(variable, 1);
        }
        for (int r = 0; r < rows.size(); r++) {
            QuotaRow row = rows.get(r);
            Expression quota = model.newExpression("q" + r).lower(row.min()).upper(row.max());
            for (int t : row.types()) {
                quota.set(seats[t], 1);
            }
        }
        Optimisation.Result result = Solvers.maximise(model);
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        return Optional.of(checked(result));
    }

    /** Whether the seats form a panel of this program; the solver's answer is checked, not trusted. */
    boolean admits(int[] seats) {
        if (Arrays.stream(seats).sum() != panelSize) {
            return false;
        }
        for (int t = 0; t < seats.length; t++) {
            if (seats[t] < 0 || seats[t] > types.size(t)) {
                return false;
            }
        }
        return rows.stream().allMatch(row -> {
            int total = Arrays.stream(row.types()).map(t -> seats[t]).sum();
            return total >= row.min() && total <= row.max();
        });
    }

    private int[] checked(Optimisation.Result result) {
        int[] seats = new int[types.count()];
        for (int t = 0; t < seats.length; t++) {
            seats[t] = (int) Math.round(result.doubleValue(t));
        }
        if (!admits(seats)) {
            throw new IllegalStateException("The solver returned a panel that breaks the quotas: " + result);
        }
        return seats;
    }

    // Dual prices can be tiny; scaling the largest weight to 1 keeps them clear of the solver's zero
    // tolerance without changing which panel is best.
    private static double scale(double[] weights) {
        double largest = Arrays.stream(weights).map(Math::abs).max().orElse(0);
        return largest > 0 ? 1 / largest : 1;
    }
}
