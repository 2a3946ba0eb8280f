package org.civitas.results.ui;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.results.PoolResult;

import com.vaadin.flow.component.Component;

/** A pool as residents know it: "City-wide" or the district's "XIII Podgórze". */
final class PoolNames {

    private PoolNames() {
    }

    static String of(PoolResult pool, DistrictService districts, Component page) {
        return pool.cityWide() ? page.getTranslation("proposal.pool.city-wide")
                : districts.find(pool.districtId()).map(DistrictSummary::label).orElse("");
    }
}
