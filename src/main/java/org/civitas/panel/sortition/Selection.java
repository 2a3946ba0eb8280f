package org.civitas.panel.sortition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The LEXIMIN result for one pool and panel size: every volunteer's selection probability, the lottery
 * over panels that realises them, and the seeded draws from it.
 *
 * <p>The draw is repeatable: the same pool, panel size and seed give the same panel on any machine
 * (see {@link SeededRandom} for the random numbers and {@link Lottery} for how they pick the panel).
 * The lottery itself comes from the solver, so it is the same for the same version of this code and of
 * ojAlgo; publishing {@link #panels()} lets anyone check a draw without re-running the solver.
 */
public final class Selection {

    private final Pool pool;
    private final int panelSize;
    private final VolunteerTypes types;
    private final Lottery lottery;
    private final double[] typeProbabilities;

    Selection(Pool pool, int panelSize, VolunteerTypes types, TypeDistribution distribution) {
        this.pool = pool;
        this.panelSize = panelSize;
        this.types = types;
        this.lottery = new Lottery(types, distribution);
        this.typeProbabilities = lottery.typeProbabilities();
    }

    public Pool pool() {
        return pool;
    }

    public int panelSize() {
        return panelSize;
    }

    /** The chance that this volunteer is drawn; 0 for one who cannot be drawn. */
    public double probability(Volunteer volunteer) {
        int type = types.typeOf(volunteer);
        return type < 0 ? 0 : typeProbabilities[type];
    }

    /** Every volunteer's id and selection probability, in file order. */
    public Map<String, Double> probabilities() {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (Volunteer volunteer : pool.volunteers()) {
            probabilities.put(volunteer.id(), probability(volunteer));
        }
        return Collections.unmodifiableMap(probabilities);
    }

    /** The smallest selection probability among the volunteers who can be drawn: what LEXIMIN maximises. */
    public double minimumProbability() {
        double minimum = 1;
        for (double probability : typeProbabilities) {
            minimum = Math.min(minimum, probability);
        }
        return types.count() == 0 ? 0 : minimum;
    }

    /** The panels of the lottery, in canonical order, with the probability each is drawn. */
    public List<PanelShare> panels() {
        return lottery.shares();
    }

    /** Draws one panel with a public seed; the members are listed in file order. */
    public List<Volunteer> drawPanel(String seed) {
        return draw(new SeededRandom(requireSeed(seed), "panel"));
    }

    /**
     * Draws {@code count} reserves among the volunteers not on the panel, in the order to call them.
     * See {@link ReserveDraw} for how their quotas are set.
     */
    public List<Volunteer> drawReserves(List<Volunteer> panel, int count, String seed) {
        return ReserveDraw.draw(this, panel, count, requireSeed(seed));
    }

    List<Volunteer> draw(SeededRandom random) {
        return lottery.draw(random);
    }

    private static String requireSeed(String seed) {
        return Objects.requireNonNull(seed, "seed");
    }
}
