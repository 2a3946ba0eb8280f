package org.civitas.budget;

import java.util.Optional;

/** A row of the list of editions; {@code imported} marks a past edition read from a pabulib file. */
public record EditionSummary(long id, LocalizedName name, Optional<Phase> phaseToday, boolean imported) {
}
