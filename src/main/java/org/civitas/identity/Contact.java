package org.civitas.identity;

import org.civitas.shared.Language;

/** Where and how to write to a person: other modules put it in the events that end as mails. */
public record Contact(long accountId, String email, String displayName, Language language) {
}
