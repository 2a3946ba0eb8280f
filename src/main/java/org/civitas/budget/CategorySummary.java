package org.civitas.budget;

/** A category a proposal can be filed under. */
public record CategorySummary(long id, LocalizedName name) {
}
