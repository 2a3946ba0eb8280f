package org.civitas.panel.sortition;

import java.util.List;

/** Panels as seats per type, each with the probability of drawing it (summing to 1). */
record TypeDistribution(List<int[]> panels, double[] probabilities) {
}
