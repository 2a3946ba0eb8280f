package org.civitas.proposal;

import java.time.Instant;

/** One kept version of a submitted proposal: its number, when it was saved, and what it said. */
public record ProposalVersionSummary(int number, Instant savedAt, ProposalForm content) {
}
