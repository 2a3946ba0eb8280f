package org.civitas.results.implementation;

/** Which funded projects of an edition to list; a null filter means any. */
public record ImplementationQuery(long editionId, ImplementationStatus status, Long poolId) {
}
