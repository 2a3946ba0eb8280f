package org.civitas.budget;

/** How many residents of its area must support a proposal, within how many days of its submission. */
public record SupportRequirement(int supporters, int days) {
}
