package org.civitas.proposal;

import java.time.LocalDate;

import org.civitas.identity.Contact;

/** Three days before its deadline a proposal still lacks supporters: its author is reminded. */
public record SupportDeadlineNear(long proposalId, String title, Contact author, int supporters, int supportersNeeded,
        LocalDate supportDeadline) {
}
