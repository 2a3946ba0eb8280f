package org.civitas.budget.ui;

import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Officials see the editions with the phase each is in today, and open one to change it or create one. */
@Route("editions/manage")
@Menu(order = 50, title = "budget.editions.title")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class EditionsView extends VerticalLayout implements HasDynamicTitle {

    EditionsView(EditionService editions) {
        addClassName("civitas-page");
        var create = new Button(getTranslation("budget.editions.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EditionEditorView.path(null))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("editions-new");
        // the import page lives in the results module, which depends on this one: linked by its path, not its class
        var importFile = new Button(getTranslation("budget.editions.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("editions/import")));
        importFile.setId("editions-import");
        var grid = new Grid<EditionSummary>();
        grid.setId("editions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::name).setKey("name").setHeader(getTranslation("budget.editions.name"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.phaseToday().map(p -> getTranslation(p.translationKey()))
                .orElseGet(() -> getTranslation("budget.editions.no-phase")))
                .setKey("phase").setHeader(getTranslation("budget.editions.phase"));
        grid.addComponentColumn(e -> {
            var edit = new Button(getTranslation("budget.editions.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(EditionEditorView.path(e.id()))));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("budget.editions.edit-named", e.name().in(getLocale())));
            return edit;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> editions.editions(query.getOffset(), query.getLimit()).stream(), query -> editions.count());
        add(new H1(getTranslation("budget.editions.title")), new HorizontalLayout(create, importFile), grid);
    }

    private String name(EditionSummary e) {
        return e.label(getLocale(), n -> getTranslation("budget.editions.imported-name", n));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.editions.title");
    }
}
