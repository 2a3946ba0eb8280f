package org.civitas.shell.ui;

import org.civitas.identity.CurrentAccount;
import org.civitas.identity.ProfileService;
import org.civitas.shell.LanguagePreference;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: the navigation (built from the views' {@code @Menu}, whose title is a
 * translation key, and filtered by what the person may open), the language switch and the account menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(ProfileService profiles, LanguagePreference languages, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.nav.toggle"));
        var bar = new HorizontalLayout(toggle, new Div(), new LanguageSwitch(languages),
                accountMenu(profiles, authentication));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(1));
        bar.addClassName("civitas-navbar");
        addToNavbar(bar);
    }

    private Anchor brand() {
        var brand = new Anchor("", getTranslation("shell.brand"));
        brand.addClassName("civitas-brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("shell.nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(
                new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }

    private com.vaadin.flow.component.Component accountMenu(ProfileService profiles,
            AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var account = profiles.current();
        if (account.isPresent()) {
            var root = menu.addItem(userLabel(account.get()));
            root.getSubMenu().addItem(getTranslation("shell.account.profile"),
                    e -> getUI().ifPresent(ui -> ui.navigate("profile")));
            root.getSubMenu().addItem(getTranslation("shell.account.logout"), e -> authentication.logout());
        } else {
            menu.addItem(getTranslation("shell.account.login"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
            menu.addItem(getTranslation("shell.account.register"),
                    e -> getUI().ifPresent(ui -> ui.navigate("register")));
        }
        return menu;
    }

    private static HorizontalLayout userLabel(CurrentAccount account) {
        var name = new Span(account.displayName());
        name.addClassName("civitas-user-name");
        var label = new HorizontalLayout(VaadinIcon.USER.create(), name);
        label.setSpacing(false);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        return label;
    }
}
