package org.civitas.proposal.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;

/** An edition's pools and categories named for a reader: "City-wide", "XIII Podgórze", "Greenery". */
record EditionTexts(EditionDetails edition, Map<Long, String> pools, Map<Long, String> categories) {

    static EditionTexts of(EditionDetails edition, Iterable<DistrictSummary> districts, Locale locale,
            String cityWideLabel) {
        Map<Long, DistrictSummary> byId = new LinkedHashMap<>();
        districts.forEach(d -> byId.put(d.id(), d));
        Map<Long, String> pools = new LinkedHashMap<>();
        edition.pools().forEach(p -> pools.put(p.id(), p.cityWide() ? cityWideLabel
                : byId.containsKey(p.districtId()) ? byId.get(p.districtId()).label() : "?"));
        Map<Long, String> categories = new LinkedHashMap<>();
        edition.categories().forEach(c -> categories.put(c.id(), c.name().in(locale)));
        return new EditionTexts(edition, pools, categories);
    }

    String pool(Long id) {
        return id == null ? "" : pools.getOrDefault(id, "");
    }

    String category(Long id) {
        return id == null ? "" : categories.getOrDefault(id, "");
    }

    PoolSummary poolSummary(long id) {
        return edition.pools().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}
