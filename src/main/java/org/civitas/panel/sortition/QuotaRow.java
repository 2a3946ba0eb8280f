package org.civitas.panel.sortition;

/** The quota of one feature as a constraint over volunteer types: min <= seats of those types <= max. */
record QuotaRow(int category, String feature, int min, int max, int[] types) {
}
