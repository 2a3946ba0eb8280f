package org.civitas.panel;

/** What a draw did: seats invited, reserves lined up, and the smallest selection probability LEXIMIN achieved. */
public record DrawResult(int members, int reserves, double minimumProbability) {
}
