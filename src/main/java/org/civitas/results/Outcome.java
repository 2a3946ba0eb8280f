package org.civitas.results;

import org.civitas.tally.ProjectOutcome;

/** What the count decided for a project, as a resident reads it. */
public enum Outcome {
    FUNDED,
    /** Poznań's rule: it did not fit, but at least 80% of its cost was left, and reserve money adds the rest. */
    FUNDED_FROM_RESERVE,
    /**
     * A rule that stops at the first project that does not fit stopped before it (Equal Shares: its supporters'
     * money ran short).
     */
    NOT_ENOUGH_POINTS,
    /** Its cost was more than the money left when the count came to it. */
    DID_NOT_FIT,
    /** It had fewer points than the least a funded project needs. */
    BELOW_THRESHOLD,
    WITHDRAWN;

    public boolean funded() {
        return this == FUNDED || this == FUNDED_FROM_RESERVE;
    }

    public String translationKey() {
        return "results.reason." + name().toLowerCase().replace('_', '-');
    }

    public static Outcome of(ProjectOutcome.Status status) {
        return switch (status) {
            case FUNDED -> FUNDED;
            case FUNDED_FROM_RESERVE -> FUNDED_FROM_RESERVE;
            case DID_NOT_FIT -> DID_NOT_FIT;
            case BELOW_THRESHOLD -> BELOW_THRESHOLD;
            case NOT_ENOUGH_SUPPORT, STOPPED -> NOT_ENOUGH_POINTS;
            case WITHDRAWN -> WITHDRAWN;
        };
    }
}
