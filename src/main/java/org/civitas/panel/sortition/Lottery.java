package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published lottery over panels and the draw from it, so that a draw can be checked from the
 * published lottery alone:
 * <ol>
 * <li>panels are in canonical order: their seats per type compared lexicographically (types numbered by
 * their first member in the file);</li>
 * <li>each panel's probability becomes whole billionths by largest remainders (floor, then one more to
 * the largest remainders, ties to the earlier panel), so they add up to exactly 10^9;</li>
 * <li>a draw takes r = below(10^9) and the first panel whose running total of billionths exceeds r; then,
 * type by type in type order, choose(members of the type in file order, seats of the type).</li>
 * </ol>
 * The numbers come from {@link SeededRandom}. Only the distribution matters, not the order or the last
 * bits in which the solver found it.
 */
final class Lottery {

    static final long UNITS = 1_000_000_000L;

    private final VolunteerTypes types;
    private final List<int[]> panels = new ArrayList<>();
    private final List<Long> billionths = new ArrayList<>();

    Lottery(VolunteerTypes types, TypeDistribution distribution) {
        this.types = types;
        Integer[] order = new Integer[distribution.panels().size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> distribution.panels().get(i), Arrays::compare));
        double[] probabilities = Arrays.stream(order).mapToDouble(i -> distribution.probabilities()[i]).toArray();
        long[] units = apportion(probabilities);
        for (int i = 0; i < order.length; i++) {
            if (units[i] > 0) {
                panels.add(distribution.panels().get(order[i]));
                billionths.add(units[i]);
            }
        }
    }

    List<Volunteer> draw(SeededRandom random) {
        int[] seats = panels.get(pick(random.below(UNITS)));
        List<Volunteer> chosen = new ArrayList<>();
        for (int t = 0; t < seats.length; t++) {
            if (seats[t] > 0) {
                chosen.addAll(random.choose(types.members(t), seats[t]));
            }
        }
        chosen.sort(Comparator.comparingInt(Volunteer::row));
        return chosen;
    }

    /** Each type's selection probability under the lottery exactly as it is drawn. */
    double[] typeProbabilities() {
        double[] probabilities = new double[types.count()];
        for (int i = 0; i < panels.size(); i++) {
            for (int t = 0; t < probabilities.length; t++) {
                probabilities[t] += (double) billionths.get(i) / UNITS * panels.get(i)[t] / types.size(t);
            }
        }
        return probabilities;
    }

    List<PanelShare> shares() {
        List<PanelShare> shares = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            Map<List<String>, Integer> seats = new LinkedHashMap<>();
            int[] panel = panels.get(i);
            for (int t = 0; t < panel.length; t++) {
                if (panel[t] > 0) {
                    seats.put(types.features(t), panel[t]);
                }
            }
            shares.add(new PanelShare(billionths.get(i), seats));
        }
        return shares;
    }

    /** Whole billionths adding up to exactly {@link #UNITS}, by largest remainders. */
    static long[] apportion(double[] probabilities) {
        long[] units = new long[probabilities.length];
        long left = UNITS;
        for (int i = 0; i < units.length; i++) {
            units[i] = (long) Math.floor(probabilities[i] * UNITS);
            left -= units[i];
        }
        Integer[] byRemainder = new Integer[units.length];
        Arrays.setAll(byRemainder, i -> i);
        // Stable sort: equal remainders keep canonical order.
        Arrays.sort(byRemainder, Comparator.comparingDouble(i -> -(probabilities[i] * UNITS - units[i])));
        for (int k = 0; k < left; k++) {
            units[byRemainder[k % units.length]]++;
        }
        return units;
    }

    private int pick(long r) {
        long running = 0;
        for (int i = 0; i < billionths.size(); i++) {
            running += billionths.get(i);
            if (r < running) {
                return i;
            }
        }
        throw new IllegalStateException("The billionths add up to less than " + UNITS);
    }
}
