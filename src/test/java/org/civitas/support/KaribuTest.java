package org.civitas.support;

import org.civitas.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Browserless view tests (Karibu-Testing) inside the shared Spring context. */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.civitas");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Opens a page in a language, as after a switch (the page is built anew in that language). */
    protected void open(String route, Language language) {
        UI.getCurrent().getSession().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().navigate(route);
    }

    /**
     * Signs in and starts a fresh UI, as the reload after signing in does. Vaadin's view access control asks
     * the servlet request who is signed in, so the fake request learns it too.
     */
    protected void signIn(String email) {
        accounts.signIn(email);
        MockVaadin.tearDown();
        setUpVaadin();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
