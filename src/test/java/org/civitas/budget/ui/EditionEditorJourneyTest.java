package org.civitas.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.civitas.identity.Role;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An official creates an edition on a 360-pixel-wide phone, in a real browser; each page is checked with axe-core. */
class EditionEditorJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void an_official_creates_an_edition_on_a_phone() {
        String official = accounts.create(Role.OFFICIAL);
        String name = "Kraków " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.go("login");
            browser.type("login-email", official);
            browser.type("login-password", TestAccounts.PASSWORD);
            browser.click("login-submit");
            browser.awaitText(By.tagName("vaadin-app-layout"), "Test");
            browser.driver().manage().window().setSize(new Dimension(360, 780));

            browser.go("editions/manage");
            browser.click("editions-new");
            browser.await(By.id("edition-name-pl"));
            browser.assertAccessible("edition editor");
            assertThat(overflowing(browser)).as("nothing wider than a phone").isEmpty();

            browser.type("edition-name-pl", name);
            browser.type("pools-district-total", "40800000");
            leave(browser, "pools-district-total");
            clickCentred(browser, "pools-fill");
            browser.type("pool-city-amount", "10200000");
            browser.type("pool-city-min", "25000");
            browser.type("pool-city-max", "2000000");
            leave(browser, "pool-city-max");
            assertThat(overflowing(browser)).as("nothing wider than a phone, pools filled").isEmpty();
            clickCentred(browser, "editor-save");

            browser.awaitText(By.id("editions-grid"), name);
            browser.assertAccessible("editions");
        }
    }

    /** Moves on from a field, as a tap elsewhere does, so that its value is sent. */
    private static void leave(Browser browser, String id) {
        browser.await(By.id(id)).findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
    }

    /**
     * Clicks a button far down a long page. On a phone, the development-mode tools of Vaadin cover the bottom
     * corner where the button lands after scrolling, and the navigation bar the top, so the click is sent
     * straight to the button.
     */
    private static void clickCentred(Browser browser, String id) {
        var element = browser.await(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** The elements of the page that reach beyond the right edge of the window. */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> overflowing(Browser browser) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('vaadin-app-layout > :not([slot]) *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }
}
