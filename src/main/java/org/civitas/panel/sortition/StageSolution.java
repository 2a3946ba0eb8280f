package org.civitas.panel.sortition;

/**
 * A solution of one LEXIMIN stage's dual: a weight per type ({@code y}, summing to 1 over the types not
 * yet fixed), the largest weighted panel among the known panels ({@code cap}) and the stage's value, the
 * smallest selection probability the unfixed types can all reach with the known panels.
 */
record StageSolution(double[] y, double cap, double value) {
}
