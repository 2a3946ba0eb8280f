package org.civitas.review;

import java.time.Instant;

/** A protest as officials handle it and its author follows it. */
public record ProtestSummary(long id, long proposalId, String proposalTitle, String reasons, Instant filedAt,
        ProtestStatus status, Instant hearingAt, String hearingPlace, String hearingParticipants, String outcome) {
}
