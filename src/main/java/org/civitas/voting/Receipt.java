package org.civitas.voting;

import java.time.LocalDate;

/** What a voter keeps: the code that proves their ballot is in the box, and the day it was cast. */
public record Receipt(long editionId, String code, LocalDate castOn) {
}
