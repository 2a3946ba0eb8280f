package org.civitas.voting;

import java.math.BigDecimal;

import org.civitas.shared.Language;

/** A project on the ballot, titled in the reader's language where its author translated it. */
public record BallotProject(long id, long poolId, String title, String summary, BigDecimal cost, Language shownIn,
        Long thumbnailId) {
}
