package org.civitas.budget.ui;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionForm;
import org.civitas.budget.EditionService;
import org.civitas.budget.InvalidEditionException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * Creates an edition ({@code editions/manage/new}) or changes one ({@code editions/manage/12}): names,
 * phases, pools, categories, ballot rule, ages and support. A refused Save marks the fields to correct and
 * keeps everything typed.
 */
@Route("editions/manage/:id(new|[0-9]+)")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class EditionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditionService editions;
    private final DistrictService districts;
    private final Paragraph problems = new Paragraph();
    private Long id;
    private EditionForm form;
    private FormErrors errors;

    EditionEditorView(EditionService editions, DistrictService districts) {
        this.editions = editions;
        this.districts = districts;
        addClassNames("civitas-page", "civitas-editor");
    }

    static String path(Long id) {
        return "editions/manage/" + (id == null ? "new" : id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("id").orElse("new");
        id = param.equals("new") ? null : Long.valueOf(param);
        try {
            form = id == null ? new EditionForm() : EditionForm.of(editions.details(id));
        } catch (NoSuchElementException e) {
            throw new NotFoundException();
        }
        build();
    }

    private void build() {
        removeAll();
        errors = new FormErrors(getLocale());
        problems.setId("editor-problems");
        problems.addClassName("civitas-error");
        problems.getElement().setAttribute("role", "alert");
        var save = new Button(getTranslation("budget.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("editor-save");
        var cancel = new Button(getTranslation("shell.cancel"), e -> backToList());
        cancel.setId("editor-cancel");
        var buttons = new FlexLayout(save, cancel);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H1(getPageTitle()),
                section("budget.editor.names", "budget.editor.names-help",
                        new NameFields(form.getName(), "name", "edition-name", errors)),
                section("budget.editor.phases", "budget.editor.phases-help", new PhaseFields(form.getPhases(), errors)),
                section("budget.editor.pools", null, new PoolFields(form.getPools(), districts.all(), errors)),
                section("budget.editor.categories", null, new CategoryFields(form.getCategories(), errors)),
                section("budget.editor.rules", null, new RuleFields(form, errors)),
                problems, buttons);
    }

    private Component section(String title, String help, Component content) {
        var section = new VerticalLayout(new H2(getTranslation(title)));
        section.setPadding(false);
        if (help != null) {
            section.add(new Paragraph(getTranslation(help)));
        }
        section.add(content);
        return section;
    }

    private void save() {
        List<String> unplaced = errors.validate(form);
        if (!errors.valid()) {
            refused(unplaced);
            return;
        }
        try {
            if (id == null) {
                editions.create(form);
            } else {
                editions.update(id, form);
            }
        } catch (ConstraintViolationException e) {
            // the service checks again; what it refuses is shown like the editor's own findings
            refused(errors.show(e.getConstraintViolations()));
            return;
        } catch (InvalidEditionException e) {
            refused(List.of(getTranslation(e.messageKey())));
            return;
        }
        Notification.show(getTranslation("budget.editor.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        backToList();
    }

    private void refused(List<String> unplaced) {
        problems.setText(String.join(" ", unplaced));
        Notification.show(getTranslation("budget.editor.invalid"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(EditionsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "budget.editor.title-new" : "budget.editor.title-edit");
    }
}
