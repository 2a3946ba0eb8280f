package org.civitas.results.imports;

/** A past edition just imported from a pabulib file. */
public record ImportedPastEdition(long editionId, String name, int projects, int ballots) {
}
