package org.civitas.results;

/** A pool counted by the official rule and, side by side, by the Method of Equal Shares. */
public record PoolSimulation(PoolResult official, PoolResult equalShares) {
}
