package org.civitas.proposal;

import org.civitas.identity.Contact;

/** A moderator hid a proposal or comment with a public reason; its author is told, and the audit log keeps it. */
public record ContentHidden(ReportTarget target, long targetId, long proposalId, String excerpt, String reason,
        Contact author) {
}
