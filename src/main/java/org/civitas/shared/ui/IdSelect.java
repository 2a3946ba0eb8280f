package org.civitas.shared.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.select.Select;

/** A select whose value is an id (of an edition, a pool...) and whose items show the thing's name. */
public final class IdSelect {

    private IdSelect() {
    }

    public static <T> Select<Long> of(String id, String label, List<T> things, ToLongFunction<T> idOf,
            Function<T, String> nameOf) {
        var select = new Select<Long>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(things.stream().map(idOf::applyAsLong).toList());
        select.setItemLabelGenerator(value -> value == null ? "" : things.stream()
                .filter(t -> idOf.applyAsLong(t) == value).findFirst().map(nameOf).orElse(""));
        return select;
    }
}
