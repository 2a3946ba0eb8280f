package org.civitas.review;

import org.civitas.identity.Contact;

/** The final list is published and this author's proposal is on it. */
public record ProposalOnBallot(long proposalId, String title, Contact author) {
}
