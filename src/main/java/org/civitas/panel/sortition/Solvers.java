package org.civitas.panel.sortition;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * ojAlgo set up so that the same program always gets the same answer: the published draw depends on
 * which of several equally good panels the integer search returns, and must not change between runs,
 * machines, or two selections in one long-running JVM.
 */
final class Solvers {

    // The integer search keeps two JVM-wide counters: one names the cut constraints it adds (the model
    // keeps constraints in a HashMap keyed by name, so the names set their order) and one numbers the
    // search nodes (their hash codes). A second solve in the same JVM therefore walks another path and
    // may return another optimal panel. Each solve starts them from zero, one solve at a time.
    private static final Object LOCK = new Object();
    private static final String NODE_SOLVER = "org.ojalgo.optimisation.integer.NodeSolver";
    private static final String NODE_KEY = "org.ojalgo.optimisation.integer.NodeKey";

    // ojAlgo's simplex now and then reports OPTIMAL for a point far outside the constraints (seen on pools
    // of about 1,500). Every answer is therefore checked, and a wrong one is solved again with the next
    // variant; the list is fixed, so which variant answered is as repeatable as the rest.
    private static final List<Supplier<LinearSolver.Configuration>> LINEAR_VARIANTS = List.of(
            LinearSolver.Configuration::new,
            () -> new LinearSolver.Configuration().dual(),
            () -> new LinearSolver.Configuration().primal(),
            () -> new LinearSolver.Configuration().dual().equilibration(0),
            () -> new LinearSolver.Configuration().primal().equilibration(0));

    // ojAlgo's primal tableau simplex has been seen pivoting for many minutes without end; a limit on
    // pivots (not on time, which would vary by machine) lets the next variant take over.
    private static final int PIVOT_LIMIT = 20_000;

    private Solvers() {
    }

    /**
     * Minimises a linear program built afresh for each try, returning the first optimal answer that
     * passes {@code valid}; empty when no variant gives one (an infeasible or unbounded program, or
     * numerical trouble throughout).
     */
    static Optional<Optimisation.Result> minimise(Supplier<ExpressionsBasedModel> build,
            Predicate<Optimisation.Result> valid) {
        for (Supplier<LinearSolver.Configuration> variant : LINEAR_VARIANTS) {
            ExpressionsBasedModel model = build.get();
            model.options.linear(variant.get());
            model.options.iterations_abort = PIVOT_LIMIT;
            Optimisation.Result result = model.minimise();
            if (result.getState().isOptimal() && valid.test(result)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    /** A new model whose integer search uses a single worker: several would race, and timing would pick. */
    static ExpressionsBasedModel newModel() {
        Optimisation.Options options = new Optimisation.Options();
        options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1));
        return new ExpressionsBasedModel(options);
    }

    /** Maximises an integer program from ojAlgo's initial state, so the answer depends on the model alone. */
    static Optimisation.Result maximise(ExpressionsBasedModel model) {
        synchronized (LOCK) {
            ((AtomicInteger) counter(NODE_SOLVER, "COUNTER")).set(0);
            ((AtomicLong) counter(NODE_KEY, "SEQUENCE_GENERATOR")).set(0);
            return model.maximise();
        }
    }

    private static Object counter(String className, String fieldName) {
        try {
            Field field = Class.forName(className).getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Fail rather than draw panels that might not repeat: a new ojAlgo needs a new look.
            throw new IllegalStateException("Cannot reset " + className + "." + fieldName
                    + "; this ojAlgo version is not known to give repeatable draws", e);
        }
    }
}
