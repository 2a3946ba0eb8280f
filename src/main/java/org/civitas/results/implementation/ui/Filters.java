package org.civitas.results.implementation.ui;

import java.util.List;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** Selects whose empty choice reads "any", for the list's filters. */
final class Filters {

    private Filters() {
    }

    static <T> void anyOf(Select<T> select, List<T> items, ItemLabelGenerator<T> labels) {
        String any = UI.getCurrent().getTranslation("results.implementation.any");
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(item -> item == null ? any : labels.apply(item));
    }
}
