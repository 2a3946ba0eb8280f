package org.civitas.identity.ui;

import org.civitas.identity.AccountService;
import org.civitas.identity.EmailInUseException;
import org.civitas.identity.Password;
import org.civitas.identity.Registration;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Registration: email, name, password (rules shown before typing) and language. Nothing typed is lost on an error. */
@Route("register")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final BeanValidationBinder<Registration> binder = new BeanValidationBinder<>(Registration.class);
    private final Registration registration = new Registration();
    private final EmailField email;

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("civitas-page", "civitas-narrow");
        email = Fields.email(getTranslation("identity.register.email"));
        email.setId("register-email");
        var name = new TextField(getTranslation("identity.register.name"));
        name.setId("register-name");
        name.setMaxLength(100);
        var password = new PasswordField(getTranslation("identity.register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("identity.password.rules-help", Password.MIN_LENGTH));
        var language = new Select<Language>();
        language.setLabel(getTranslation("identity.register.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        registration.setLanguage(Language.of(getLocale()));
        binder.forField(email).bind("email");
        binder.forField(name).bind("displayName");
        binder.forField(password).bind("password");
        binder.forField(language).bind("language");
        // always has a value; a required mark on a select also breaks its ARIA (axe: aria-allowed-attr)
        language.setRequiredIndicatorVisible(false);
        binder.setBean(registration);
        var submit = new Button(getTranslation("identity.register.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-submit");
        add(new H1(getTranslation("identity.register.title")), new Paragraph(getTranslation("identity.register.intro")),
                email, name, password, language, submit, new Anchor("login", getTranslation("identity.register.have-account")));
    }

    private void submit() {
        if (binder.validate().hasErrors()) {
            return;
        }
        try {
            accounts.register(registration);
        } catch (EmailInUseException e) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation("identity.register.email-in-use"));
            return;
        }
        removeAll();
        var done = new Paragraph(getTranslation("identity.register.check-mail", registration.getEmail()));
        done.setId("register-done");
        add(new H1(getTranslation("identity.register.done-title")), done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.register.title");
    }
}
