package org.civitas.identity.ui;

import org.civitas.identity.TokenCheck;

/** The last part of the translation key that explains a link's state. */
final class TokenTexts {

    private TokenTexts() {
    }

    static String key(TokenCheck check) {
        return switch (check) {
            case ACCEPTED -> "accepted";
            case EXPIRED -> "expired";
            case ALREADY_USED -> "used";
            case UNKNOWN -> "unknown";
        };
    }
}
