package org.civitas.voting;

import java.time.LocalDate;

/**
 * What the booth needs before the ballot: the edition, its voting days, whether it is open now, whether this
 * account has voted, the minimum age, and the district the voter declared in their profile (may be null).
 */
public record BoothState(long editionId, String editionName, LocalDate start, LocalDate end, boolean open,
        boolean voted, Integer minAge, Long profileDistrictId) {
}
