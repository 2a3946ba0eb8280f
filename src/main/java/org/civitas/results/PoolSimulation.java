package org.civitas.results;

/**
 * A pool counted by the edition's rule and, side by side, by the other rule: {@code equalShares} holds the Method of
 * Equal Shares for an edition counted by points, and counting by points for an edition counted by Equal Shares.
 */
public record PoolSimulation(PoolResult official, PoolResult equalShares) {
}
