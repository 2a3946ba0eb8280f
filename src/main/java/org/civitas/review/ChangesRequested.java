package org.civitas.review;

import java.time.LocalDate;

import org.civitas.identity.Contact;

/** A reviewer asks the author to change the proposal by a deadline. */
public record ChangesRequested(long proposalId, String title, Contact author, String request, LocalDate until) {
}
