package org.civitas.review;

/** An official a review can be assigned to. */
public record Assignee(long accountId, String name) {
}
