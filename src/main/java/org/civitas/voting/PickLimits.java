package org.civitas.voting;

import java.math.BigDecimal;

/**
 * What a voter may mark in one pool, so the booth can refuse an invalid ballot before the server does:
 * between {@code min} and {@code max} projects; {@code ranked} ones get {@link BallotRules#KRAKOW_POINTS} by
 * rank; {@code points} (cumulative) to spread, or {@code money} (knapsack) that the chosen costs must fit.
 */
public record PickLimits(int min, int max, boolean ranked, Integer points, BigDecimal money) {
}
