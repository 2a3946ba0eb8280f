package org.civitas.identity;

import org.civitas.shared.Language;

/** Someone asked to reset the password of an existing account; the mail goes to its owner only. */
public record PasswordResetRequested(String email, String displayName, Language language, String link) {
}
