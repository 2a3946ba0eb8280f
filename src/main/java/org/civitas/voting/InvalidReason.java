package org.civitas.voting;

/** Why a paper card does not count for any project; stored with the card's ballot so recounts can see it. */
public enum InvalidReason {
    EMPTY, TOO_MANY_MARKS, RANKS_UNCLEAR, UNREADABLE, OTHER_POOL, OTHER;

    public String translationKey() {
        return "voting.paper.invalid." + name().toLowerCase();
    }
}
