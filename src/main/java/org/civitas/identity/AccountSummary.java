package org.civitas.identity;

import java.time.Instant;
import java.util.Set;

/** One row of the admins' account list. */
public record AccountSummary(long id, String email, String displayName, boolean verified, Set<Role> roles,
        Instant createdAt) {
}
