package org.civitas.notification.internal;

/**
 * One person's mail about a panel's news, its texts already in their language, as its own outbox entry: a mail
 * server failing half-way through the panel retries only the ones not yet mailed.
 */
public record PanelNewsMail(long accountId, String template, String path, java.util.List<String> args) {

    public PanelNewsMail {
        args = java.util.List.copyOf(args);
    }
}
