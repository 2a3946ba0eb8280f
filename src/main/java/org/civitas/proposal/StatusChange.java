package org.civitas.proposal;

import java.time.Instant;

/** When a proposal reached a status: a step of its public timeline. */
public record StatusChange(Instant at, ProposalStatus status) {
}
