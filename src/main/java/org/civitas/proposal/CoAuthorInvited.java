package org.civitas.proposal;

import org.civitas.shared.Language;

/** An author invited someone, by email, to co-author a proposal; they accept or decline in Civitas. */
public record CoAuthorInvited(long proposalId, String title, String email, String inviterName, Language language) {
}
