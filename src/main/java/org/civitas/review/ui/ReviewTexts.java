package org.civitas.review.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.review.Assignee;
import org.civitas.review.CityUnitSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;

/** Names for the review pages' choices: pools, categories, units and officials, in the page's language. */
class ReviewTexts {

    /** The assignee choice that means "nobody yet". */
    static final long NOBODY = 0L;
    private final Component page;
    private final Map<Long, DistrictSummary> districts = new LinkedHashMap<>();
    private final Map<Long, String> pools = new LinkedHashMap<>();

    ReviewTexts(Component page, DistrictService districtService) {
        this.page = page;
        districtService.all().forEach(d -> districts.put(d.id(), d));
    }

    void options(Select<Long> pool, EditionDetails edition, Select<Long> category, Select<Long> unit,
            List<CityUnitSummary> units, Select<Long> assignee, List<Assignee> assignees) {
        pools.clear();
        edition.pools().forEach(p -> pools.put(p.id(), p.cityWide() ? page.getTranslation("proposal.pool.city-wide")
                : districts.get(p.districtId()).label()));
        pool.setLabel(page.getTranslation("proposal.catalogue.pool"));
        anyOf(pool, new ArrayList<>(pools.keySet()), this::pool);
        category.setLabel(page.getTranslation("proposal.catalogue.category"));
        anyOf(category, edition.categories().stream().map(c -> c.id()).toList(), id -> edition.categories().stream()
                .filter(c -> c.id() == id).findFirst().map(c -> c.name().in(com.vaadin.flow.component.UI.getCurrent().getLocale())).orElse(""));
        unit.setLabel(page.getTranslation("review.unit"));
        anyOf(unit, units.stream().map(CityUnitSummary::id).toList(), id -> units.stream().filter(u -> u.id() == id)
                .findFirst().map(u -> u.name().in(com.vaadin.flow.component.UI.getCurrent().getLocale())).orElse(""));
        assignee.setLabel(page.getTranslation("review.queue.assignee"));
        List<Long> ids = new ArrayList<>();
        ids.add(NOBODY);
        assignees.forEach(a -> ids.add(a.accountId()));
        anyOf(assignee, ids, id -> id == NOBODY ? page.getTranslation("review.queue.nobody")
                : assignees.stream().filter(a -> a.accountId() == id).findFirst().map(Assignee::name).orElse(""));
    }

    String pool(long id) {
        return pools.getOrDefault(id, "");
    }

    <T> void anyOf(Select<T> select, List<T> items, ItemLabelGenerator<T> labels) {
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(page.getTranslation("proposal.catalogue.any"));
        select.setItemLabelGenerator(item -> item == null ? page.getTranslation("proposal.catalogue.any")
                : labels.apply(item));
    }
}
