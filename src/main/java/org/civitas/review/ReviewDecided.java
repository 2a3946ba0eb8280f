package org.civitas.review;

import org.civitas.identity.Contact;

/** The city decided on a proposal; its author learns it in their language (the reviewer's own words as written). */
public record ReviewDecided(long proposalId, String title, Contact author, boolean positive, String reasonKey,
        String reasonText) {
}
