package org.civitas.results.implementation.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionService;

import com.vaadin.flow.component.Component;

/** An edition's pools named as residents know them: "City-wide" or the district's "XIII Podgórze". */
final class PoolNames {

    private PoolNames() {
    }

    static Map<Long, String> of(long editionId, EditionService editions, DistrictService districts, Component page) {
        Map<Long, String> names = new LinkedHashMap<>();
        editions.details(editionId).pools().forEach(p -> names.put(p.id(), p.cityWide()
                ? page.getTranslation("proposal.pool.city-wide")
                : districts.find(p.districtId()).map(DistrictSummary::label).orElse("")));
        return names;
    }
}
