package org.civitas.voting;

/** One official's entry of a batch: round 1 or 2, who entered it, whether they finished it, how many cards. */
public record PaperRound(int round, String enteredBy, boolean finished, int cards) {
}
