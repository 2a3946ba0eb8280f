package org.civitas.proposal;

import org.civitas.identity.Contact;

/** A proposal has its supporters in time and goes to the city's verification. */
public record SupportThresholdReached(long proposalId, String title, Contact author, int supporters) {
}
