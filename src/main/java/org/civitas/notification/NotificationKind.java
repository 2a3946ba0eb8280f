package org.civitas.notification;

/**
 * The notifications a person may choose how to receive. Mails that carry a decision about them or their
 * account (verification, password, the city's decisions, protests, moderation) are mandatory and not listed.
 */
public enum NotificationKind {
    /** Reminders and progress of a proposal's supporters. */
    SUPPORT_PROGRESS,
    /** Invitations to co-author a proposal. */
    COAUTHOR_INVITATIONS,
    /** A proposal of yours reached the final list. */
    FINAL_LIST,
    /** The results of a vote you took part in are published; opt-in, so nobody gets it without asking. */
    RESULTS(DeliveryMode.NONE);

    private final DeliveryMode defaultMode;

    NotificationKind() {
        this(DeliveryMode.IMMEDIATE);
    }

    NotificationKind(DeliveryMode defaultMode) {
        this.defaultMode = defaultMode;
    }

    /** How a person who never chose gets this kind. */
    public DeliveryMode defaultMode() {
        return defaultMode;
    }

    public String translationKey() {
        return "notification.kind." + name().toLowerCase();
    }
}
