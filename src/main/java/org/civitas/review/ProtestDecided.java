package org.civitas.review;

import org.civitas.identity.Contact;

/** The outcome of a protest's hearing: upheld (the proposal goes to the vote) or dismissed. */
public record ProtestDecided(long proposalId, String title, Contact author, boolean upheld, String text) {
}
