package org.civitas.budget;

/** The phases of an edition, in the order they happen (design.md §2). */
public enum Phase {
    SUBMISSION, VERIFICATION, PROTESTS, FINAL_LIST, WITHDRAWALS_AND_MERGES, VOTING, RESULTS, IMPLEMENTATION;

    /** The translation key of the phase's name, e.g. {@code budget.phase.withdrawals_and_merges}. */
    public String translationKey() {
        return "budget.phase." + name().toLowerCase();
    }
}
