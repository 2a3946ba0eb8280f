package org.civitas.identity;

/** What became of a verification or password-reset link. */
public enum TokenCheck {
    ACCEPTED, EXPIRED, ALREADY_USED, UNKNOWN
}
