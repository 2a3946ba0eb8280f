package org.civitas.proposal;

import java.util.Set;

/** Reports of one proposal or comment waiting for a moderator: what it says, where, how many, why. */
public record ReportSummary(ReportTarget target, long targetId, long proposalId, String excerpt, int reports,
        Set<ReportReason> reasons) {
}
