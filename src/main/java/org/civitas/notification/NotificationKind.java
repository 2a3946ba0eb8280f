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
    FINAL_LIST;

    public String translationKey() {
        return "notification.kind." + name().toLowerCase();
    }
}
