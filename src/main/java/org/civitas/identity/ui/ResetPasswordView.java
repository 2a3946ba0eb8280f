package org.civitas.identity.ui;

import org.civitas.identity.AccountService;
import org.civitas.identity.NewPassword;
import org.civitas.identity.Password;
import org.civitas.identity.TokenCheck;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page behind the link in the password-reset mail. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("civitas-page", "civitas-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        add(new H1(getTranslation("identity.reset.title")));
        TokenCheck check = accounts.checkResetLink(token);
        if (check != TokenCheck.ACCEPTED) {
            add(result(getTranslation("identity.reset." + TokenTexts.key(check))),
                    new Anchor("forgot-password", getTranslation("identity.reset.again")));
            return;
        }
        var password = new PasswordField(getTranslation("identity.reset.password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("identity.password.rules-help", Password.MIN_LENGTH));
        var binder = new BeanValidationBinder<>(NewPassword.class);
        binder.forField(password).bind("password");
        binder.setBean(new NewPassword());
        var submit = new Button(getTranslation("identity.reset.submit"), e -> {
            if (binder.validate().isOk()) {
                TokenCheck done = accounts.resetPassword(token, password.getValue());
                removeAll();
                add(new H1(getTranslation("identity.reset.title")),
                        result(getTranslation("identity.reset." + (done == TokenCheck.ACCEPTED ? "done" : TokenTexts.key(done)))),
                        new Anchor("login", getTranslation("identity.verify.login")));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("reset-submit");
        add(password, submit);
    }

    private static Paragraph result(String text) {
        var p = new Paragraph(text);
        p.setId("reset-result");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.reset.title");
    }
}
