package org.civitas.review;

import java.time.LocalDate;
import java.util.Optional;

/** For a rejected proposal's author: the last day to protest, and the protest if there is one. */
public record ProtestState(LocalDate deadline, boolean open, Optional<ProtestSummary> protest) {
}
