package org.civitas.proposal;

/** A merge waiting for the answer of the author of {@code intoId}. */
public record MergeRequest(long mergeId, long fromId, String fromTitle, long intoId, String intoTitle) {
}
