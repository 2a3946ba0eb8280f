package org.civitas.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;

import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.civitas.support.TestAccounts;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;

class LoginViewTest extends KaribuTest {

    private final ResourceBundle russian = ResourceBundle.getBundle("vaadin-i18n/translations", Language.RU.locale());

    @Test
    void a_wrong_password_is_explained_and_repeated_failures_slow_down() {
        String email = accounts.create();
        open("login", Language.RU);

        for (int i = 0; i < 3; i++) {
            attempt(email, "Wrong-password-" + i);
            assertThat(error()).isEqualTo(russian.getString("identity.login.failed"));
        }
        attempt(email, "Wrong-password-4");
        attempt(email, TestAccounts.PASSWORD); // even the right password waits its turn

        assertThat(error()).startsWith(russian.getString("identity.login.throttled").substring(0, 10));
    }

    @Test
    void an_unverified_account_is_asked_to_confirm_its_email_first() {
        open("register", Language.EN);
        _setValue(_get(EmailField.class, s -> s.withId("register-email")), "unverified@example.org");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("register-name")), "U");
        _setValue(_get(PasswordField.class, s -> s.withId("register-password")), "Long-enough-pass-1");
        _click(_get(Button.class, s -> s.withId("register-submit")));
        open("login", Language.RU);

        attempt("unverified@example.org", "Long-enough-pass-1");

        assertThat(error()).isEqualTo(russian.getString("identity.login.not-verified"));
    }

    private static void attempt(String email, String password) {
        _setValue(_get(EmailField.class, s -> s.withId("login-email")), email);
        _setValue(_get(PasswordField.class, s -> s.withId("login-password")), password);
        _click(_get(Button.class, s -> s.withId("login-submit")));
    }

    private static String error() {
        return _get(Div.class, s -> s.withId("login-error")).getText();
    }
}
