package org.civitas.notification.internal;

import org.civitas.results.implementation.ImplementationUpdated;

/**
 * One follower's mail about a project update, as its own outbox entry: a mail server failing half-way through the
 * followers retries only the ones not yet mailed.
 */
public record FollowerUpdateMail(long accountId, ImplementationUpdated update) {
}
