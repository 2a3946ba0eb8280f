package org.civitas.proposal;

import java.time.Instant;

/**
 * A step of a proposal's public timeline: when it reached a status, and for a decision or a protest's outcome
 * the published reason ({@code reasonKey}, a translation key, may be null; {@code text} as the official wrote it).
 */
public record StatusChange(Instant at, ProposalStatus status, String reasonKey, String text) {

    public StatusChange(Instant at, ProposalStatus status) {
        this(at, status, null, null);
    }
}
