package org.civitas.identity;

import org.civitas.shared.Language;

/** A new account (or one asking again) must confirm its email address by opening {@code link}. */
public record EmailVerificationRequested(String email, String displayName, Language language, String link) {
}
