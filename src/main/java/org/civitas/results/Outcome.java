package org.civitas.results;

import org.civitas.tally.ProjectOutcome;

/** What the count decided for a project, as a resident reads it. */
public enum Outcome {
    FUNDED,
    /** Projects with more points took the money first (Equal Shares: its supporters' money ran short). */
    NOT_ENOUGH_POINTS,
    /** Its cost was more than the money left when the count came to it. */
    DID_NOT_FIT,
    /** It had fewer points than the least a funded project needs. */
    BELOW_THRESHOLD,
    WITHDRAWN;

    public boolean funded() {
        return this == FUNDED;
    }

    public String translationKey() {
        return "results.reason." + name().toLowerCase().replace('_', '-');
    }

    public static Outcome of(ProjectOutcome.Status status) {
        return switch (status) {
            case FUNDED, FUNDED_FROM_RESERVE -> FUNDED;
            case DID_NOT_FIT -> DID_NOT_FIT;
            case BELOW_THRESHOLD -> BELOW_THRESHOLD;
            case NOT_ENOUGH_SUPPORT, STOPPED -> NOT_ENOUGH_POINTS;
            case WITHDRAWN -> WITHDRAWN;
        };
    }
}
