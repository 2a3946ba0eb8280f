package org.civitas.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalPage;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestAccounts;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident writes a proposal on a 360-pixel-wide phone in a real browser, from signing in to submitting it
 * with a picture; a neighbour supports it on a desktop, fourteen more through the service, and the proposal goes
 * to verification while its author hears of each step by mail. The editor and the proposal's page are checked
 * with axe-core.
 */
class ProposalJourneyTest extends IntegrationTest {

    private static final Pattern EDITOR = Pattern.compile("/proposals/(\\d+)/edit$");

    @LocalServerPort
    int port;

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    ProposalService proposals;
    @Autowired
    SupportService supports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    DistrictService districts;

    private final ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Language.EN.locale());
    private final ResourceBundle mail = ResourceBundle.getBundle("mail/messages", Locale.ENGLISH);

    @Test
    void a_resident_writes_a_proposal_on_a_phone_and_fifteen_neighbours_send_it_to_verification() throws IOException {
        EditionDetails edition = fixtures.edition();
        PoolSummary pool = fixtures.districtPool(edition);
        int needed = edition.support().supporters();
        String author = accounts.residentOf(pool.districtId());
        String neighbour = accounts.residentOf(pool.districtId());
        String title = "Benches and a lime tree on Plac Lipowy";
        String altText = "The empty lawn at the corner of Lipowa street, seen from the playground";
        Path picture = picture();
        long id;

        try (Browser browser = Browser.open(port, "en-US")) {
            browser.driver().manage().window().setSize(new Dimension(360, 780));
            signIn(browser, author);

            // the phone's menu: the drawer opens with the toggle; "My proposals" is there once signed in
            browser.await(By.tagName("vaadin-drawer-toggle")).click();
            browser.await(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + text("proposal.mine.title") + "']"))
                    .click();
            browser.awaitText(By.tagName("h1"), text("proposal.mine.title"));
            browser.tap(By.id("new-proposal-" + edition.id()));

            // step 1: what; the draft saves itself as the resident leaves each field
            browser.awaitText(By.tagName("h1"), text("proposal.editor.title-page"));
            browser.await(By.id("proposal-title-field"));
            id = proposalId(browser);
            browser.assertAccessible("proposal editor, first step, on a phone");
            typeAndLeave(browser, "proposal-title-field", title);
            accounts.signIn(author);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the draft saves itself")
                    .until(d -> title.equals(proposals.edit(id).form().getTitle()));
            assertThat(reveal(browser, By.id("editor-saved")).getText())
                    .startsWith(text("proposal.editor.draft-saved").replace(" {0}.", ""));
            typeLongAndLeave(browser, "proposal-summary", "Three benches and a lime tree where there is only grass.");
            typeLongAndLeave(browser, "proposal-description-field",
                    "The lawn by the playground has **no shade** and nowhere to sit.\n\n- three benches\n- one lime tree");
            String category = edition.categories().get(0).name().in(Locale.ENGLISH);
            browser.tap(By.id("proposal-category"));
            browser.tap(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='"
                    + category + "']"));
            browser.awaitText(By.id("proposal-category"), category);
            browser.saveScreenshot();

            // step 2: where; the resident's own district comes preselected
            browser.tap(By.id("editor-next"));
            browser.tap(By.xpath("//vaadin-radio-group[@id='proposal-scope']//vaadin-radio-button[normalize-space(.)='"
                    + text("proposal.editor.scope.district") + "']"));
            String district = districts.find(pool.districtId()).orElseThrow().label();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> district.equals(
                    browser.await(By.id("proposal-district")).findElement(By.cssSelector("input")).getDomProperty("value")));
            typeAndLeave(browser, "proposal-address", "Plac Lipowy 4, Kraków");

            // step 3: cost, 3 × 2,000 + 1 × 4,000 PLN, within the district pool's limits
            browser.tap(By.id("editor-next"));
            typeAndLeave(browser, "cost-description-0", "Bench");
            typeAndLeave(browser, "cost-quantity-0", "3");
            typeAndLeave(browser, "cost-price-0", "2000");
            browser.tap(By.id("cost-add"));
            typeAndLeave(browser, "cost-description-1", "Lime tree, planted");
            typeAndLeave(browser, "cost-quantity-1", "1");
            typeAndLeave(browser, "cost-price-1", "4000");
            reveal(browser, By.id("cost-total"));
            browser.awaitText(By.id("cost-total"), asShown(MessageFormat.format(text("proposal.cost.total"),
                    Formats.money(new BigDecimal("10000"), Locale.ENGLISH))));
            assertThat(browser.await(By.id("cost-total")).getText()).as("within the limits")
                    .doesNotContain(text("proposal.cost.outside"));
            browser.saveScreenshot();

            // step 4: a picture, described first
            browser.tap(By.id("editor-next"));
            typeAndLeave(browser, "attachment-alt", altText);
            // vaadin-upload (24.9) keeps its <input type="file" hidden> in its shadow root
            browser.await(By.id("attachment-upload")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]")).sendKeys(picture.toString());
            WebElement thumbnail = browser.await(By.cssSelector("#attachment-list img"));
            assertThat(thumbnail.getDomAttribute("alt")).isEqualTo(altText);
            awaitLoaded(browser, By.cssSelector("#attachment-list img"));
            // pictures are kept as JPEG at display size, so "lawn-….png" is listed as "lawn-….jpg"
            String baseName = picture.getFileName().toString().replace(".png", "");
            assertThat(browser.await(By.id("attachment-list")).getDomProperty("textContent")).contains(baseName);
            reveal(browser, By.cssSelector("#attachment-list img"));
            browser.saveScreenshot();

            // on to the last step, and submit
            browser.tap(By.id("editor-next"));
            browser.tap(By.id("editor-next"));
            browser.tap(By.id("editor-next"));
            reveal(browser, By.xpath("//p[normalize-space(.)='" + text("proposal.submit.complete") + "']"));
            browser.saveScreenshot();
            browser.tap(By.id("proposal-submit"));

            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/proposals/" + id));
            browser.awaitText(By.id("proposal-title"), title);
            browser.awaitText(By.id("support-count"), count(0, needed));
            WebElement shown = browser.await(By.cssSelector("img.civitas-picture"));
            assertThat(shown.getDomAttribute("alt")).isEqualTo(altText);
            awaitLoaded(browser, By.cssSelector("img.civitas-picture"));
            browser.assertAccessible("proposal page, by its author, on a phone");
            browser.saveScreenshot();

            // a neighbour supports it, on a desktop
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            signOut(browser, author);
            signIn(browser, neighbour);
            browser.awaitText(By.tagName("vaadin-app-layout"), accounts.find(neighbour).getDisplayName());
            browser.go("proposals/" + id);
            browser.awaitText(By.id("support-count"), count(0, needed));
            browser.click("support-button");
            browser.awaitText(By.id("support-count"), count(1, needed));
            browser.awaitText(By.id("support-panel"), text("proposal.support.thanks"));
            browser.assertAccessible("proposal page, supported by a neighbour");
            browser.saveScreenshot();

            // and the other fourteen (of 15) through the service
            for (int i = 1; i < needed; i++) {
                accounts.signIn(accounts.residentOf(pool.districtId()));
                supports.support(id);
            }

            browser.go("proposals/" + id);
            browser.awaitText(By.id("support-count"), count(needed, needed));
            browser.saveScreenshot();
        }

        ProposalPage page = catalogue.page(id, Language.EN).orElseThrow();
        assertThat(page.status()).isEqualTo(ProposalStatus.IN_VERIFICATION);
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.totalCost()).isEqualByComparingTo("10000");
        assertThat(page.costItems()).hasSize(2);
        assertThat(page.attachments()).hasSize(1);
        TestMail.awaitMail(author, mail.getString("mail.proposal-submitted.subject"), Duration.ofSeconds(30));
        TestMail.awaitMail(author, mail.getString("mail.support-reached.subject"), Duration.ofSeconds(30));
    }

    private void signIn(Browser browser, String email) {
        browser.go("login");
        browser.type("login-email", email);
        browser.type("login-password", TestAccounts.PASSWORD);
        browser.click("login-submit");
        // once signed in, the page is loaded afresh, at the home page
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private void signOut(Browser browser, String email) {
        browser.await(By.xpath("//vaadin-menu-bar-button[contains(., '" + accounts.find(email).getDisplayName() + "')]"))
                .click();
        browser.await(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='" + text("shell.account.logout") + "']"))
                .click();
        browser.awaitText(By.tagName("vaadin-app-layout"), text("shell.account.login"));
    }

    private String text(String key) {
        return english.getString(key);
    }

    /** As Selenium reads a page's text: with plain spaces where the page has no-break ones (as in "10,000 PLN"). */
    private static String asShown(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String count(int supporters, int needed) {
        return MessageFormat.format(text("proposal.support.count"), supporters, needed);
    }

    /** A small picture made now: a green gradient, as a photo of a lawn might be. */
    private static Path picture() throws IOException {
        var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x8BC34A), 320, 240, new Color(0x33691E)));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        Path file = Files.createTempFile("lawn-", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static long proposalId(Browser browser) {
        Matcher m = EDITOR.matcher(browser.driver().getCurrentUrl());
        assertThat(m.find()).as("the editor's address: " + browser.driver().getCurrentUrl()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Types into a text field and moves on, as a tap elsewhere does, so that its value is sent. */
    private static void typeAndLeave(Browser browser, String id, String value) {
        browser.type(id, value);
        browser.await(By.id(id)).findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
    }

    private static void typeLongAndLeave(Browser browser, String id, String value) {
        WebElement area = browser.await(By.id(id)).findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(value);
        area.sendKeys(Keys.TAB);
    }


    /**
     * Brings an element into view first: on a phone, the page scrolls inside the app layout, and Selenium takes an
     * element scrolled out above it for hidden (no text).
     */
    private static WebElement reveal(Browser browser, By locator) {
        WebElement element = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElements(locator).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return browser.await(locator);
    }

    /** Waits until the browser has fetched and decoded the image. */
    private static void awaitLoaded(Browser browser, By image) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", browser.await(image)));
    }
}
