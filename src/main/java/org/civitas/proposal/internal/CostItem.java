package org.civitas.proposal.internal;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import org.civitas.proposal.CostItemForm;

@Embeddable
public class CostItem {

    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;

    protected CostItem() {
    }

    CostItem(CostItemForm form) {
        description = form.getDescription() == null ? "" : form.getDescription().strip();
        quantity = form.getQuantity() == null ? BigDecimal.ZERO : form.getQuantity();
        unitPrice = form.getUnitPrice() == null ? BigDecimal.ZERO : form.getUnitPrice();
    }

    CostItemForm form() {
        return new CostItemForm(description, quantity, unitPrice);
    }
}
