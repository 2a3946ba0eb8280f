package org.civitas.results.implementation;

/** Where a funded project stands, from the plan to the finished work (or its cancellation, always with a reason). */
public enum ImplementationStatus {
    PLANNED, IN_DESIGN, TENDERING, IN_PROGRESS, COMPLETED, CANCELLED;

    public String translationKey() {
        return "results.implementation.status." + name().toLowerCase().replace('_', '-');
    }

    /** The same words in the mail bundles. */
    public String mailKey() {
        return "mail." + translationKey();
    }
}
