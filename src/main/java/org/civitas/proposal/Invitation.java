package org.civitas.proposal;

/** An invitation to co-author a proposal, waiting for the invited person's answer. */
public record Invitation(long proposalId, String title, String authorName) {
}
