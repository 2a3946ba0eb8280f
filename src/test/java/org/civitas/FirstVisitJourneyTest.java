package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ResourceBundle;

import org.civitas.shared.Language;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer's first visit in a real browser: register, confirm the address from the mail, sign in, switch
 * to Ukrainian and read the guide. Every page visited is checked with axe-core.
 */
class FirstVisitJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    private final ResourceBundle english = bundle(Language.EN);
    private final ResourceBundle ukrainian = bundle(Language.UK);

    @Test
    void register_verify_sign_in_switch_to_ukrainian_and_read_the_guide() {
        String email = "journey-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.go("register");
            browser.await(By.id("register-email"));
            browser.assertAccessible("register");
            browser.type("register-email", email);
            browser.type("register-name", "Mariam");
            browser.type("register-password", "Tbilisi-Krakow-2027");
            browser.click("register-submit");
            browser.awaitText(By.id("register-done"), email);

            String link = TestMail.link(TestMail.awaitMail(email, "", Duration.ofSeconds(30)), "/verify");
            browser.go(link.substring(link.indexOf("verify?")));
            browser.awaitText(By.id("verify-result"), english.getString("identity.verify.accepted"));
            browser.assertAccessible("verify");

            browser.go("login");
            browser.await(By.id("login-email"));
            browser.assertAccessible("login");
            browser.type("login-email", email);
            browser.type("login-password", "Tbilisi-Krakow-2027");
            browser.await(By.cssSelector("vaadin-checkbox")).click(); // keep me signed in
            browser.click("login-submit");
            browser.awaitText(By.tagName("vaadin-app-layout"), "Mariam");
            browser.assertAccessible("home, signed in");

            browser.driver().manage().deleteCookieNamed("JSESSIONID"); // as after closing the browser
            browser.go("");
            browser.awaitText(By.tagName("vaadin-app-layout"), "Mariam");

            browser.go("profile");
            browser.await(By.id("profile-export"));
            String export = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('profile-export').href).then(r => r.text()).then(done);
                    """);
            assertThat(export).as("the data export downloads the resident's own data").contains(email).contains("Mariam");

            browser.go("");
            switchLanguage(browser, Language.UK);
            browser.awaitText(By.tagName("h1"), ukrainian.getString("shell.home.title"));
            browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='"
                    + ukrainian.getString("shell.nav.guide") + "']")).click();
            browser.awaitText(By.tagName("h1"), ukrainian.getString("shell.guide.title"));
            assertThat(browser.driver().findElement(By.id("guide-who")).getText())
                    .contains(ukrainian.getString("shell.guide.who.point2"));
            browser.assertAccessible("guide in Ukrainian");

            browser.go("guide");
            browser.awaitText(By.tagName("h1"), ukrainian.getString("shell.guide.title"));

            browser.await(By.xpath("//vaadin-menu-bar-button[contains(., 'Mariam')]")).click();
            browser.await(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='"
                    + ukrainian.getString("shell.account.logout") + "']")).click();
            browser.awaitText(By.tagName("vaadin-app-layout"), ukrainian.getString("shell.account.login"));
        }
        assertThat(accounts.find(email).language()).as("the choice is remembered in the account").isEqualTo(Language.UK);
    }

    @Test
    void an_unknown_page_gets_a_friendly_answer_in_the_browsers_language() {
        try (Browser browser = Browser.open(port, "ka")) {
            browser.go("no-such-page");
            browser.awaitText(By.tagName("h1"), bundle(Language.KA).getString("shell.not-found.title"));
            browser.assertAccessible("not found");
        }
    }

    private static void switchLanguage(Browser browser, Language language) {
        browser.await(By.cssSelector("vaadin-select.civitas-language")).click();
        browser.await(By.xpath("//vaadin-select-item[normalize-space(.)='" + language.nativeName() + "']")).click();
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", language.locale());
    }
}
