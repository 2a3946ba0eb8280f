package org.civitas.identity.internal;

public enum AccountStatus {
    /** Registered, email not yet confirmed: cannot sign in. */
    PENDING,
    ACTIVE,
    /** Deleted by its owner: personal data erased, the row kept so public contributions stay attributed to "deleted". */
    DELETED
}
