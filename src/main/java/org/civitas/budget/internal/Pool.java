package org.civitas.budget.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civitas.budget.PoolForm;
import org.civitas.budget.PoolSummary;

/** A pool of money of an edition; its id stays when the edition is edited, so proposals can point to it. */
@Entity
public class Pool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The district, or null for the city-wide pool; a plain id because districts are reference data. */
    private Long districtId;
    private BigDecimal amount;
    private BigDecimal minCost;
    private BigDecimal maxCost;

    protected Pool() {
    }

    Pool(Long districtId) {
        this.districtId = districtId;
    }

    void update(PoolForm form) {
        amount = money(form.getAmount());
        minCost = money(form.getMinCost());
        maxCost = money(form.getMaxCost());
    }

    Long districtId() {
        return districtId;
    }

    PoolSummary summary() {
        return new PoolSummary(id, districtId, amount, minCost, maxCost);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
