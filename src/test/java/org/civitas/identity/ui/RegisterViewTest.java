package org.civitas.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;

import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

class RegisterViewTest extends KaribuTest {

    @Test
    void explains_each_bad_field_in_ukrainian_and_keeps_what_was_typed() {
        open("register", Language.UK);
        var validation = ResourceBundle.getBundle("ValidationMessages", Language.UK.locale());
        _setValue(_get(EmailField.class, s -> s.withId("register-email")), "not-an-email");
        _setValue(_get(TextField.class, s -> s.withId("register-name")), "Олена");
        _setValue(_get(PasswordField.class, s -> s.withId("register-password")), "short");

        _click(_get(Button.class, s -> s.withId("register-submit")));

        var email = _get(EmailField.class, s -> s.withId("register-email"));
        var password = _get(PasswordField.class, s -> s.withId("register-password"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(validation.getString("identity.email.invalid"));
        assertThat(password.getErrorMessage()).isEqualTo(validation.getString("identity.password.rules"));
        assertThat(email.getValue()).isEqualTo("not-an-email");
        assertThat(_get(TextField.class, s -> s.withId("register-name")).getValue()).isEqualTo("Олена");
    }

    @Test
    void says_when_the_email_already_has_an_account() {
        String existing = accounts.create();
        open("register", Language.PL);
        fill(existing.toUpperCase());

        _click(_get(Button.class, s -> s.withId("register-submit")));

        var email = _get(EmailField.class, s -> s.withId("register-email"));
        assertThat(email.getErrorMessage()).isEqualTo(
                ResourceBundle.getBundle("vaadin-i18n/translations", Language.PL.locale()).getString("identity.register.email-in-use"));
        assertThat(email.getValue()).isEqualTo(existing.toUpperCase());
    }

    @Test
    void a_valid_registration_asks_to_check_the_mailbox() {
        open("register", Language.EN);
        fill("karibu-new@example.org");

        _click(_get(Button.class, s -> s.withId("register-submit")));

        assertThat(_get(Paragraph.class, s -> s.withId("register-done")).getText()).contains("karibu-new@example.org");
        assertThat(accounts.find("karibu-new@example.org").getStatus().name()).isEqualTo("PENDING");
    }

    private static void fill(String email) {
        _setValue(_get(EmailField.class, s -> s.withId("register-email")), email);
        _setValue(_get(TextField.class, s -> s.withId("register-name")), "Karibu");
        _setValue(_get(PasswordField.class, s -> s.withId("register-password")), "Long-enough-pass-1");
    }
}
