package org.civitas.results;

import java.time.Instant;

/** An edition whose results are out, for the list of results. */
public record PublishedEdition(long editionId, String name, Instant publishedAt) {
}
