package org.civitas.panel;

/** The seats one feature of a category must get: e.g. category "district", feature "Nowa Huta", 2 to 4 seats. */
public record Quota(String category, String feature, int min, int max) {
}
