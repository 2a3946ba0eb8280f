package org.civitas.budget;

import java.util.Optional;

/** A row of the list of editions. */
public record EditionSummary(long id, LocalizedName name, Optional<Phase> phaseToday) {
}
