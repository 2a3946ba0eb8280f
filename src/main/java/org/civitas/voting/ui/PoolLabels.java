package org.civitas.voting.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;

import com.vaadin.flow.component.Component;

/** The names officials know pools by: "City-wide" or the district's "XIII Podgórze". */
final class PoolLabels {

    private PoolLabels() {
    }

    static Map<Long, String> of(EditionDetails edition, DistrictService districts, Component page) {
        Map<Long, String> names = new LinkedHashMap<>();
        edition.pools().forEach(p -> names.put(p.id(), p.cityWide() ? page.getTranslation("proposal.pool.city-wide")
                : districts.find(p.districtId()).map(DistrictSummary::label).orElse("")));
        return names;
    }
}
