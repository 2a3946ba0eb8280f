package org.civitas.budget;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A pool as typed, in PLN: city-wide when {@code districtId} is null. */
public class PoolForm {

    private Long districtId;

    @NotNull
    @Positive(message = "{budget.money.positive}")
    @Digits(integer = 12, fraction = 2, message = "{budget.money.digits}")
    private BigDecimal amount;

    @NotNull
    @Positive(message = "{budget.money.positive}")
    @Digits(integer = 12, fraction = 2, message = "{budget.money.digits}")
    private BigDecimal minCost;

    @NotNull
    @Positive(message = "{budget.money.positive}")
    @Digits(integer = 12, fraction = 2, message = "{budget.money.digits}")
    private BigDecimal maxCost;

    public PoolForm() {
    }

    public PoolForm(Long districtId, BigDecimal amount, BigDecimal minCost, BigDecimal maxCost) {
        this.districtId = districtId;
        this.amount = amount;
        this.minCost = minCost;
        this.maxCost = maxCost;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getMinCost() {
        return minCost;
    }

    public void setMinCost(BigDecimal minCost) {
        this.minCost = minCost;
    }

    public BigDecimal getMaxCost() {
        return maxCost;
    }

    public void setMaxCost(BigDecimal maxCost) {
        this.maxCost = maxCost;
    }
}
