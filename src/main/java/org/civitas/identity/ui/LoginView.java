package org.civitas.identity.ui;

import org.civitas.identity.LoginResult;
import org.civitas.identity.LoginService;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginService login;
    private final EmailField email;
    private final PasswordField password = new PasswordField();
    private final Checkbox remember = new Checkbox();
    private final Div error = new Div();
    private final AuthenticationContext authentication;

    LoginView(LoginService login, AuthenticationContext authentication) {
        this.login = login;
        this.authentication = authentication;
        addClassNames("civitas-page", "civitas-narrow");
        email = Fields.email(getTranslation("identity.login.email"));
        email.setId("login-email");
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setLabel(getTranslation("identity.login.password"));
        password.setId("login-password");
        remember.setLabel(getTranslation("identity.login.remember"));
        error.addClassName("civitas-error");
        error.setId("login-error");
        error.getElement().setAttribute("role", "alert");
        var submit = new Button(getTranslation("identity.login.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("login-submit");
        add(new H1(getTranslation("identity.login.title")), error, email, password, remember, submit,
                new Anchor("forgot-password", getTranslation("identity.login.forgot")),
                new Anchor("register", getTranslation("identity.login.register")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void submit() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        LoginResult result = login.login(email.getValue(), password.getValue(), remember.getValue(), request, response);
        switch (result.outcome()) {
            // a full reload, so that the whole page (menu, language) is built for the signed-in person
            case SIGNED_IN -> getUI().ifPresent(ui -> ui.getPage().setLocation(request.getContextPath() + "/"));
            case NOT_VERIFIED -> error.setText(getTranslation("identity.login.not-verified"));
            case THROTTLED -> error.setText(getTranslation("identity.login.throttled",
                    Math.max(1, result.retryAfter().toSeconds())));
            case BAD_CREDENTIALS -> {
                error.setText(getTranslation("identity.login.failed"));
                password.clear();
                password.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.login.title");
    }
}
