package org.civitas.voting;

/** How a person voted. */
public enum Channel {
    ONLINE, PAPER;

    public String translationKey() {
        return "voting.channel." + name().toLowerCase();
    }
}
