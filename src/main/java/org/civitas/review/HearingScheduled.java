package org.civitas.review;

import java.time.Instant;

import org.civitas.identity.Contact;

/** The hearing of a protest is set: its author learns when and where. */
public record HearingScheduled(long proposalId, String title, Contact author, Instant at, String place) {
}
