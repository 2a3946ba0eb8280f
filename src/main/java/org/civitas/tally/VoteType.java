package org.civitas.tally;

import java.util.Arrays;
import java.util.Optional;

/** What a ballot holds, as pabulib's {@code vote_type} names it. */
public enum VoteType {
    /** A set of approved projects; order means nothing. */
    APPROVAL("approval"),
    /** Projects from most to least preferred. */
    ORDINAL("ordinal"),
    /** Points spread over projects, with a {@code points} column. */
    CUMULATIVE("cumulative"),
    /** Points per project; unlisted projects get {@code default_score}. */
    SCORING("scoring"),
    /** Exactly one project. */
    CHOOSE_ONE("choose-1");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public static Optional<VoteType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.pabulibName.equals(name)).findFirst();
    }
}
