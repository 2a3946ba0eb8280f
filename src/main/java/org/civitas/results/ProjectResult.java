package org.civitas.results;

import java.math.BigDecimal;

/**
 * One project's line in a pool's result.
 *
 * @param position         its place in the counting order, from 1
 * @param moneyLeft        the money left when the count came to it (for {@link Outcome#DID_NOT_FIT}: what was too
 *                         little); null when the count never needed it
 * @param effectiveSupport Equal Shares only, for a funded project: as many supporters as, paying equally, bought it;
 *                         otherwise null
 * @param costCovered      Equal Shares only, for a project it did not fund: its effective support as the share of its
 *                         cost (0 to below 1) its supporters could still pay when the count ended; otherwise null
 */
public record ProjectResult(long proposalId, String title, int position, long points, long ballots, BigDecimal cost,
        Outcome outcome, BigDecimal moneyLeft, BigDecimal effectiveSupport, BigDecimal costCovered) {
}
