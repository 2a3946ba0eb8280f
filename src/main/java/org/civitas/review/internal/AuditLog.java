package org.civitas.review.internal;

import java.time.Clock;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes who changed what, when, from what to what, in the same transaction as the change. */
@Component
public class AuditLog {

    private static final int MAX = 4000;
    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(String subject, long subjectId, String action, Object before, Object after) {
        entries.save(new AuditEntry(clock.instant(), actor(), subject, subjectId, action, text(before), text(after)));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
