package org.civitas.voting;

import java.time.LocalDate;

/**
 * An account voted online and is owed the confirmation mail ({@link Confirmations}); carries neither the choices nor
 * the receipt, so the mail about it cannot reveal them.
 */
public record BallotCast(long editionId, long accountId, LocalDate castOn) {
}
