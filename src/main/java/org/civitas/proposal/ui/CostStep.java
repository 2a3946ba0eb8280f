package org.civitas.proposal.ui;

import java.math.BigDecimal;

import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CostItemForm;
import org.civitas.proposal.ProposalForm;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Step 3: the cost estimate, item by item, with the total checked live against the pool's limits. */
class CostStep extends VerticalLayout {

    private final ProposalForm form;
    private final EditionTexts texts;
    private final Runnable changed;
    private final Div rows = new Div();
    private final Paragraph total = new Paragraph();

    CostStep(ProposalForm form, EditionTexts texts, Runnable changed) {
        this.form = form;
        this.texts = texts;
        this.changed = changed;
        setPadding(false);
        total.setId("cost-total");
        total.getElement().setAttribute("aria-live", "polite");
        var add = new Button(getTranslation("proposal.cost.add"), VaadinIcon.PLUS.create(), e -> {
            form.getCostItems().add(new CostItemForm());
            showRows();
            changed.run();
        });
        add.setId("cost-add");
        add(new Paragraph(getTranslation("proposal.cost.intro")), rows, add, total);
        if (form.getCostItems().isEmpty()) {
            form.getCostItems().add(new CostItemForm());
        }
        showRows();
    }

    /** Shown again when the step is opened, as the pool (and so the limits) may have changed meanwhile. */
    void refresh() {
        showTotal();
    }

    private void showRows() {
        rows.removeAll();
        for (int i = 0; i < form.getCostItems().size(); i++) {
            rows.add(row(form.getCostItems().get(i), i));
        }
        showTotal();
    }

    private FormLayout row(CostItemForm item, int index) {
        var binder = new BeanValidationBinder<>(CostItemForm.class);
        var description = new TextField(getTranslation("proposal.cost.description"));
        description.setId("cost-description-" + index);
        description.setMaxLength(200);
        description.setValueChangeMode(ValueChangeMode.ON_BLUR);
        binder.forField(description).bind("description");
        var quantity = Fields.decimal(getTranslation("proposal.cost.quantity"));
        quantity.setId("cost-quantity-" + index);
        binder.forField(quantity).bind("quantity");
        var price = Fields.decimal(getTranslation("proposal.cost.price"));
        price.setId("cost-price-" + index);
        binder.forField(price).bind("unitPrice");
        binder.setBean(item);
        binder.addValueChangeListener(e -> {
            showTotal();
            changed.run();
        });
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            form.getCostItems().remove(item);
            showRows();
            changed.run();
        });
        remove.setId("cost-remove-" + index);
        remove.setAriaLabel(getTranslation("proposal.cost.remove", index + 1));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var row = new FormLayout(description, quantity, price, remove);
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 4));
        row.setColspan(description, 1);
        remove.getStyle().set("justify-self", "start"); // a small button, not a full-width bar on a phone
        remove.setWidth("auto");
        row.addClassName("civitas-cost-row");
        return row;
    }

    private void showTotal() {
        BigDecimal sum = form.totalCost();
        String text = getTranslation("proposal.cost.total", Formats.money(sum, getLocale()));
        total.removeClassName("civitas-error");
        if (form.getPoolId() == null) {
            text += " " + getTranslation("proposal.cost.choose-pool");
        } else {
            PoolSummary pool = texts.poolSummary(form.getPoolId());
            String limits = getTranslation("proposal.cost.limits", Formats.money(pool.minCost(), getLocale()),
                    Formats.money(pool.maxCost(), getLocale()));
            boolean outside = sum.compareTo(pool.minCost()) < 0 || sum.compareTo(pool.maxCost()) > 0;
            text += " " + limits;
            if (outside) {
                text += " " + getTranslation("proposal.cost.outside");
                total.addClassName("civitas-error");
            }
        }
        total.setText(text);
    }
}
