package org.civitas.review.ui;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.review.CityUnitService;
import org.civitas.review.CityUnitSummary;
import org.civitas.review.ReviewRuleException;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Admins add city units and name them in every language; choosing a unit in the list edits its names. */
@Route("admin/units")
@Menu(order = 92, title = "review.units.title")
@RolesAllowed("ADMIN")
public class CityUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final CityUnitService units;
    private final Grid<CityUnitSummary> grid = new Grid<>();
    private final TextField code = new TextField();
    private final Map<Language, TextField> names = new EnumMap<>(Language.class);
    private Long editing;

    CityUnitsView(CityUnitService units) {
        this.units = units;
        addClassName("civitas-page");
        grid.setId("units-grid");
        grid.addColumn(CityUnitSummary::code).setHeader(getTranslation("review.units.code")).setKey("code").setAutoWidth(true);
        grid.addColumn(u -> u.name().in(getLocale())).setHeader(getTranslation("review.units.name")).setKey("name");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        code.setId("unit-code");
        code.setLabel(getTranslation("review.units.code"));
        code.setMaxLength(40);
        var form = new FormLayout(code);
        for (Language language : Language.values()) {
            var field = new TextField(getTranslation("review.units.name") + " (" + language.nativeName() + ")");
            field.setId("unit-name-" + language.code());
            field.setMaxLength(200);
            names.put(language, field);
            form.add(field);
        }
        var save = new Button(getTranslation("review.save"), e -> save());
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fresh = new Button(getTranslation("review.units.new"), e -> grid.asSingleSelect().clear());
        add(new H1(getTranslation("review.units.title")), grid, new H2(getTranslation("review.units.edit")), form,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, fresh));
        refresh();
    }

    private void edit(CityUnitSummary unit) {
        editing = unit == null ? null : unit.id();
        code.setValue(unit == null ? "" : unit.code());
        code.setReadOnly(unit != null);
        names.forEach((language, field) -> field.setValue(unit == null ? ""
                : unit.name().texts().getOrDefault(language, "")));
    }

    private void save() {
        Map<Language, String> values = new EnumMap<>(Language.class);
        names.forEach((language, field) -> values.put(language, field.getValue()));
        try {
            if (editing == null) {
                units.create(code.getValue(), values);
            } else {
                units.rename(editing, values);
            }
            Notices.success(getTranslation("review.saved"));
            grid.asSingleSelect().clear();
            refresh();
        } catch (ReviewRuleException e) {
            Notices.refuse(e);
        }
    }

    private void refresh() {
        grid.setItems(units.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.units.title");
    }
}
