package org.civitas.budget;

import java.math.BigDecimal;

/** A pool of money: city-wide when {@code districtId} is null, else one district's. Amounts in PLN. */
public record PoolSummary(long id, Long districtId, BigDecimal amount, BigDecimal minCost, BigDecimal maxCost) {

    public boolean cityWide() {
        return districtId == null;
    }
}
