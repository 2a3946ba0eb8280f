package org.civitas.budget;

/** How the results count an edition's ballots, set with the edition and published with its results. */
public enum CountingRule {
    /** The most points first, each project that still fits the money left (greedy; Kraków's rule). */
    POINTS,
    /** The Method of Equal Shares: each voter holds an equal share of the pool and projects are bought together. */
    EQUAL_SHARES;

    public String translationKey() {
        return "budget.counting." + name().toLowerCase();
    }
}
