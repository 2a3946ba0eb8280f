package org.civitas.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

class AccountsViewTest extends KaribuTest {

    @Test
    void an_admin_finds_a_resident_and_makes_them_an_official() {
        String resident = accounts.create();
        signIn(accounts.create(Role.ADMIN));
        open("admin/accounts", Language.EN);

        _setValue(_get(TextField.class), resident);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        var roles = (HorizontalLayout) _getCellComponent(grid, 0, "roles");
        var official = _get(roles, Checkbox.class, s -> s.withLabel("City official"));
        _setValue(official, true);

        assertThat(accounts.find(resident).getRoles()).contains(Role.OFFICIAL);
    }
}
