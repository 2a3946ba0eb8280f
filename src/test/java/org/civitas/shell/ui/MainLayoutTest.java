package org.civitas.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;

class MainLayoutTest extends KaribuTest {

    @Test
    void a_visitor_sees_the_public_pages_only() {
        open("", Language.EN);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "How to take part", "Proposals",
                "Turnout", "Results", "Citizens’ panels");
    }

    @Test
    void a_resident_cannot_open_the_admin_page() {
        signIn(accounts.create());
        open("admin/accounts", Language.EN);

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
