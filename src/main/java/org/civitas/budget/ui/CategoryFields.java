package org.civitas.budget.ui;

import java.util.List;

import org.civitas.budget.CategoryForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The categories of the edition, each named in the six languages; officials add and remove them. */
class CategoryFields extends VerticalLayout {

    private final List<CategoryForm> categories;
    private final FormErrors errors;
    private final VerticalLayout rows = new VerticalLayout();

    CategoryFields(List<CategoryForm> categories, FormErrors errors) {
        this.categories = categories;
        this.errors = errors;
        setPadding(false);
        rows.setPadding(false);
        var addButton = new Button(getTranslation("budget.editor.add-category"), e -> {
            categories.add(new CategoryForm());
            rebuild();
        });
        addButton.setId("categories-add");
        add(rows, addButton);
        rebuild();
    }

    /** Builds the rows again after a change; what was typed lives in the forms, so nothing is lost. */
    private void rebuild() {
        errors.forget("categories[");
        rows.removeAll();
        for (int i = 0; i < categories.size(); i++) {
            CategoryForm category = categories.get(i);
            var remove = new Button(getTranslation("budget.editor.remove-category"), e -> {
                categories.remove(category);
                rebuild();
            });
            remove.setId("category-" + i + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            rows.add(new H3(getTranslation("budget.editor.category", i + 1)),
                    new NameFields(category.getName(), "categories[" + i + "].name", "category-" + i + "-name", errors),
                    remove);
        }
    }
}
