package org.civitas.budget;

/**
 * How the results count an edition's ballots, set with the edition and published with its results. The two points
 * rules that stop early are other cities' (pabulib's {@code greedy-no-skip} and Poznań's {@code greedy-custom}):
 * a past edition imported from their files is counted as they counted it.
 */
public enum CountingRule {
    /**
     * The most points first, each project that still fits the money left (greedy; Kraków's rule), never one with
     * fewer points than the edition's {@code minPoints}.
     */
    POINTS,
    /** The most points first, stopping at the first project that does not fit the money left (Gdynia, Wrocław). */
    POINTS_NO_SKIP,
    /** As {@link #POINTS_NO_SKIP}, but the project that does not fit is funded if 80% of its cost is left (Poznań). */
    POINTS_POZNAN,
    /** The Method of Equal Shares: each voter holds an equal share of the pool and projects are bought together. */
    EQUAL_SHARES;

    public String translationKey() {
        return "budget.counting." + name().toLowerCase();
    }
}
