package org.civitas.proposal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A proposal's support as one viewer sees it: the count against the threshold, the deadline, and whether this
 * viewer can add theirs ({@code refusal} names why not, as a translation key).
 */
public record SupportState(int supporters, int paperSupporters, int needed, LocalDate deadline, long daysLeft,
        boolean collecting, boolean supportedByMe, Optional<String> refusal) {

    public boolean canSupport() {
        return refusal.isEmpty();
    }

    /** Progress towards the threshold, from 0 to 1. */
    public double progress() {
        return needed == 0 ? 1 : Math.min(1.0, (double) supporters / needed);
    }
}
