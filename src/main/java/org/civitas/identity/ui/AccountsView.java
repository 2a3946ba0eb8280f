package org.civitas.identity.ui;


import org.civitas.identity.AccountAdminService;
import org.civitas.identity.AccountSummary;
import org.civitas.identity.Role;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Admins find accounts and grant or revoke roles. */
@Route("admin/accounts")
@Menu(order = 90, title = "identity.accounts.title")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdminService admin;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    AccountsView(AccountAdminService admin) {
        this.admin = admin;
        addClassName("civitas-page");
        setSizeFull();
        filter.setPlaceholder(getTranslation("identity.accounts.filter"));
        filter.setAriaLabel(getTranslation("identity.accounts.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("identity.accounts.email")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("identity.accounts.name"));
        grid.addColumn(a -> getTranslation(a.verified() ? "shell.yes" : "shell.no"))
                .setHeader(getTranslation("identity.accounts.verified"));
        grid.addComponentColumn(this::roles).setKey("roles").setHeader(getTranslation("identity.accounts.roles")).setAutoWidth(true);
        grid.setItems(query -> admin.find(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> admin.count(filter.getValue()));
        add(new H1(getTranslation("identity.accounts.title")), filter, grid);
    }

    private HorizontalLayout roles(AccountSummary account) {
        var boxes = new HorizontalLayout();
        for (Role role : Role.values()) {
            var box = new Checkbox(getTranslation("identity.role." + role.name().toLowerCase()), account.roles().contains(role));
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    if (e.getValue()) {
                        admin.grant(account.id(), role);
                    } else {
                        admin.revoke(account.id(), role);
                    }
                    grid.getDataProvider().refreshAll();
                } catch (IllegalArgumentException ex) {
                    box.setValue(e.getOldValue());
                    Notification.show(getTranslation("identity.accounts.own-admin"))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            boxes.add(box);
        }
        return boxes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.accounts.title");
    }
}
