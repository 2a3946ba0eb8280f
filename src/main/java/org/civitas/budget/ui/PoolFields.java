package org.civitas.budget.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civitas.budget.DistrictSummary;
import org.civitas.budget.PoolAllocation;
import org.civitas.budget.PoolForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/**
 * The city-wide pool and one pool per district, each with its amount and project cost limits, and a way to
 * split a total between the districts in proportion to their population as Kraków does.
 */
class PoolFields extends VerticalLayout {

    private final BigDecimalField total = new BigDecimalField(getTranslation("budget.editor.district-total"));
    private final List<BigDecimalField[]> districtRows = new ArrayList<>();
    private final List<DistrictSummary> districts;

    PoolFields(List<PoolForm> pools, List<DistrictSummary> districts, FormErrors errors) {
        this.districts = districts;
        setPadding(false);
        arrange(pools, districts);
        total.setId("pools-district-total");
        var fill = new Button(getTranslation("budget.editor.fill"), e -> fill());
        fill.setId("pools-fill");
        var split = new FlexLayout(total, fill);
        split.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        split.setAlignItems(FlexComponent.Alignment.BASELINE);
        split.getStyle().set("gap", "var(--lumo-space-m)");
        add(new Paragraph(getTranslation("budget.editor.fill-help")), split);
        for (int i = 0; i < pools.size(); i++) {
            PoolForm pool = pools.get(i);
            String area = pool.getDistrictId() == null ? getTranslation("budget.editor.city-wide")
                    : districts.stream().filter(d -> d.id() == pool.getDistrictId()).map(DistrictSummary::label)
                            .findFirst().orElse("");
            String id = "pool-" + (pool.getDistrictId() == null ? "city" : number(pool.getDistrictId()));
            BigDecimalField[] row = row(pool, "pools[" + i + "]", id, errors);
            if (pool.getDistrictId() != null) {
                districtRows.add(row);
            }
            add(new H3(area), new FormLayout(row));
        }
    }

    /** The city-wide pool first, then every district in order; a missing one is added empty. */
    private static void arrange(List<PoolForm> pools, List<DistrictSummary> districts) {
        List<PoolForm> ordered = new ArrayList<>();
        ordered.add(find(pools, null));
        districts.forEach(d -> ordered.add(find(pools, d.id())));
        pools.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        pools.clear();
        pools.addAll(ordered);
    }

    private static PoolForm find(List<PoolForm> pools, Long districtId) {
        return pools.stream().filter(p -> Objects.equals(p.getDistrictId(), districtId)).findFirst()
                .orElseGet(() -> new PoolForm(districtId, null, null, null));
    }

    private BigDecimalField[] row(PoolForm pool, String path, String id, FormErrors errors) {
        var binder = new BeanValidationBinder<>(PoolForm.class);
        BigDecimalField[] fields = {money("budget.editor.amount", id + "-amount"),
            money("budget.editor.min-cost", id + "-min"), money("budget.editor.max-cost", id + "-max")};
        String[] properties = {"amount", "minCost", "maxCost"};
        for (int i = 0; i < fields.length; i++) {
            binder.forField(fields[i]).bind(properties[i]);
            errors.field(path + "." + properties[i], fields[i]);
        }
        binder.setBean(pool);
        errors.binder(path, binder);
        return fields;
    }

    private BigDecimalField money(String label, String id) {
        var field = new BigDecimalField(getTranslation(label));
        field.setId(id);
        return field;
    }

    private void fill() {
        if (total.getValue() == null || total.getValue().signum() <= 0) {
            total.setErrorMessage(getTranslation("budget.editor.total-required"));
            total.setInvalid(true);
            return;
        }
        total.setInvalid(false);
        Map<Long, BigDecimal> amounts = PoolAllocation.byPopulation(total.getValue(), districts);
        for (int i = 0; i < districts.size(); i++) {
            BigDecimal amount = amounts.get(districts.get(i).id());
            BigDecimalField[] row = districtRows.get(i);
            row[0].setValue(amount);
            if (row[1].getValue() == null) {
                row[1].setValue(PoolAllocation.DISTRICT_MIN_COST);
            }
            row[2].setValue(PoolAllocation.districtMaxCost(amount));
        }
    }

    private int number(long districtId) {
        return districts.stream().filter(d -> d.id() == districtId).mapToInt(DistrictSummary::number).findFirst().orElse(0);
    }
}
