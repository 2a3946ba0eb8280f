package org.civitas.proposal;

import java.time.LocalDate;

import org.civitas.identity.Contact;

/** A proposal was submitted: its author learns how many supporters it needs, by when. */
public record ProposalSubmitted(long proposalId, String title, Contact author, int supportersNeeded,
        LocalDate supportDeadline) {
}
