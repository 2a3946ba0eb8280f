package org.civitas.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a cost estimate: what, how many, at what price each (PLN, gross). */
public class CostItemForm {

    @NotBlank(message = "{proposal.cost.description.required}", groups = Complete.class)
    @Size(max = 200, message = "{proposal.cost.description.too-long}")
    private String description = "";

    @NotNull(message = "{proposal.cost.quantity.required}", groups = Complete.class)
    @DecimalMin(value = "0.01", message = "{proposal.cost.quantity.positive}")
    @DecimalMax(value = "1000000", message = "{proposal.cost.quantity.too-large}")
    @Digits(integer = 10, fraction = 2, message = "{proposal.cost.quantity.digits}")
    private BigDecimal quantity = BigDecimal.ONE;

    @NotNull(message = "{proposal.cost.price.required}", groups = Complete.class)
    @DecimalMin(value = "0.01", message = "{proposal.cost.price.positive}")
    @DecimalMax(value = "100000000", message = "{proposal.cost.price.too-large}")
    @Digits(integer = 12, fraction = 2, message = "{proposal.cost.price.digits}")
    private BigDecimal unitPrice;

    public CostItemForm() {
    }

    public CostItemForm(String description, BigDecimal quantity, BigDecimal unitPrice) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    /** Quantity times price, in grosze; zero while either is missing. */
    public BigDecimal total() {
        if (quantity == null || unitPrice == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }
}
