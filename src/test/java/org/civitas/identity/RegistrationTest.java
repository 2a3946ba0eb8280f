package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ResourceBundle;

import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;

import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationTest extends IntegrationTest {

    @Autowired
    AccountService accountService;

    @Test
    void sends_the_verification_mail_in_the_language_the_resident_chose() throws Exception {
        String email = register("Olena@Example.org", Language.UK);
        String ukrainianSubject = ResourceBundle.getBundle("mail/messages", Language.UK.locale())
                .getString("mail.verify-email.subject");

        MimeMessage mail = TestMail.awaitMail(email, ukrainianSubject, Duration.ofSeconds(20));

        assertThat(email).isEqualTo("olena@example.org");
        assertThat(TestMail.text(mail)).contains("Olena").contains("/verify?token=");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(accounts.find(email).getStatus().name()).isEqualTo("PENDING");
    }

    @Test
    void a_verification_link_works_once() {
        String email = register("once@example.org", Language.EN);
        String token = tokenFrom(TestMail.awaitMail(email, "Confirm", Duration.ofSeconds(20)), "/verify");

        assertThat(accountService.verifyEmail(token)).isEqualTo(TokenCheck.ACCEPTED);
        assertThat(accountService.verifyEmail(token)).isEqualTo(TokenCheck.ALREADY_USED);
        assertThat(accountService.verifyEmail("made-up")).isEqualTo(TokenCheck.UNKNOWN);
        assertThat(accounts.find(email).getStatus().name()).isEqualTo("ACTIVE");
    }

    @Test
    void an_expired_link_is_refused_and_a_new_one_can_be_sent() {
        String email = register("late@example.org", Language.EN);
        String token = tokenFrom(TestMail.awaitMail(email, "Confirm", Duration.ofSeconds(20)), "/verify");
        clock.advance(Duration.ofHours(49));

        assertThat(accountService.verifyEmail(token)).isEqualTo(TokenCheck.EXPIRED);
        assertThat(accountService.resendVerification(token)).isTrue();

        await(() -> TestMail.mailsTo(email).size() == 2);
        String fresh = tokenFrom(TestMail.mailsTo(email).get(1), "/verify");
        assertThat(accountService.verifyEmail(fresh)).isEqualTo(TokenCheck.ACCEPTED);
    }

    @Test
    void refuses_a_second_account_for_the_same_email_whatever_its_case() {
        register("twice@example.org", Language.EN);

        assertThatThrownBy(() -> register("TWICE@example.org", Language.PL)).isInstanceOf(EmailInUseException.class);
    }

    @Test
    void the_service_refuses_a_weak_password_even_without_the_form() {
        var registration = registration("weak@example.org", Language.EN);
        registration.setPassword("short1");

        assertThatThrownBy(() -> accountService.register(registration)).isInstanceOf(ConstraintViolationException.class);
        registration.setPassword("onlyletterslong");
        assertThatThrownBy(() -> accountService.register(registration)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_reset_for_an_unknown_email_sends_nothing_and_answers_as_for_a_known_one() throws Exception {
        accountService.requestPasswordReset("nobody-here@example.org");
        Thread.sleep(1500);

        assertThat(TestMail.mailsTo("nobody-here@example.org")).isEmpty();
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        String email = accounts.create();
        accountService.requestPasswordReset(email.toUpperCase());
        String token = tokenFrom(TestMail.awaitMail(email, "Reset", Duration.ofSeconds(20)), "/reset-password");
        String oldHash = accounts.find(email).getPasswordHash();

        assertThat(accountService.checkResetLink(token)).isEqualTo(TokenCheck.ACCEPTED);
        assertThat(accountService.resetPassword(token, "A-much-better-pass-1")).isEqualTo(TokenCheck.ACCEPTED);
        assertThat(accountService.resetPassword(token, "Another-pass-2")).isEqualTo(TokenCheck.ALREADY_USED);
        assertThat(accounts.find(email).getPasswordHash()).isNotEqualTo(oldHash);
    }

    private String register(String email, Language language) {
        accountService.register(registration(email, language));
        return email.toLowerCase();
    }

    static Registration registration(String email, Language language) {
        var registration = new Registration();
        registration.setEmail(email);
        registration.setDisplayName("Olena Test");
        registration.setPassword("Long-enough-pass-1");
        registration.setLanguage(language);
        return registration;
    }

    static String tokenFrom(MimeMessage mail, String path) {
        String link = TestMail.link(mail, path);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(end);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
