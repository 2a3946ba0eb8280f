package org.civitas.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.review.AuditRecord;
import org.civitas.review.AuditService;
import org.civitas.review.HearingService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestAccounts;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A proposal's way through the city's review in a real browser, from its submission to the final list: an
 * official decides against it, its author protests, the hearing upholds the protest and the official publishes
 * the final list. The author hears of every step by mail, every step is in the audit log, and the queue, the
 * review page and the protest page are checked with axe-core.
 */
class ReviewJourneyTest extends IntegrationTest {

    private static final String TITLE = "Ławki i lipa na placu Lipowym";
    private static final String EXPLANATION = "Działka 12/3 należy do Skarbu Państwa, nie do miasta.";
    private static final String REASONS = "The plot 12/3 belongs to the city: the land register extract says so.";
    private static final String PLACE = "City Hall, Room 12, pl. Wszystkich Świętych 3-4";
    private static final String OUTCOME = "The land register extract shows the plot is the city's.";

    @LocalServerPort
    int port;

    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    SupportService supports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    HearingService hearings;
    @Autowired
    AuditService audit;

    private final ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Language.EN.locale());
    private final ResourceBundle mail = ResourceBundle.getBundle("mail/messages", Locale.ENGLISH);

    @Test
    void a_rejected_proposal_reaches_the_final_list_through_an_upheld_protest() {
        EditionDetails edition = fixtures.edition();
        ProposalFixtures.Submitted proposal = fixtures.submitted(edition, TITLE);
        long id = proposal.id();
        LocalDateTime hearing;
        String author = proposal.author();
        String official = accounts.create(Role.OFFICIAL);
        accounts.signIn(official);
        supports.recordPaperSupports(id, 15);
        assertThat(status(id)).isEqualTo(ProposalStatus.IN_VERIFICATION);

        try (Browser browser = Browser.open(port, "en-US")) {
            // the official finds the proposal in the queue, through the menu
            signIn(browser, official);
            browser.tap(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + text("review.queue.title") + "']"));
            browser.awaitText(By.tagName("h1"), text("review.queue.title"));
            By row = By.xpath("//vaadin-grid[@id='review-grid']//a[normalize-space(.)='" + TITLE + "']");
            browser.await(row);
            browser.await(By.xpath("//vaadin-grid[@id='review-grid']/vaadin-grid-cell-content[normalize-space(.)='"
                    + text("proposal.status.in_verification") + "']"));
            browser.assertAccessible("review queue");
            browser.shot("review queue");

            // opens its review page and decides against it, with a reason and an explanation
            browser.tap(row);
            browser.awaitText(By.id("review-title"), TITLE);
            browser.assertAccessible("review page");
            browser.shot("review page");
            openSection(browser, "review-decision-outcome");
            browser.tap(By.xpath("//vaadin-radio-group[@id='review-decision-outcome']//vaadin-radio-button[normalize-space(.)='"
                    + text("review.decision.negative") + "']"));
            browser.awaitServer();
            browser.tap(By.id("review-decision-reason"));
            browser.tap(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='"
                    + text("review.reason.land-not-city-owned") + "']"));
            browser.awaitText(By.id("review-decision-reason"), text("review.reason.land-not-city-owned"));
            typeLongAndLeave(browser, "review-decision-text", EXPLANATION);
            browser.shot("review page, the decision filled in");
            browser.tap(By.id("review-decide"));
            browser.awaitText(By.id("review-status-line"), text("proposal.status.rejected"));
            browser.shot("review page, decided");
            signOut(browser, official);

            // the author follows the decision's mail to the proposal's page, and from there to the protest
            var decided = TestMail.awaitMail(author, mail.getString("mail.decision-negative.subject"), Duration.ofSeconds(30));
            String link = TestMail.link(decided, "/proposals/" + id);
            assertThat(link).endsWith("/proposals/" + id);
            signIn(browser, author);
            browser.go(link.substring(link.indexOf("proposals/")));
            browser.awaitText(By.id("proposal-title"), TITLE);
            browser.tap(By.id("proposal-protest"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/proposals/" + id + "/protest"));
            browser.await(By.id("protest-reasons"));
            browser.assertAccessible("protest page");
            typeLongAndLeave(browser, "protest-reasons", REASONS);
            browser.shot("protest page, filled in");
            browser.tap(By.id("protest-file"));
            browser.awaitText(By.id("protest-status"), MessageFormat.format(text("review.protest.your-status"),
                    text("review.protest.status.filed")));
            browser.assertAccessible("protest page, filed");
            browser.shot("protest page, filed");
            signOut(browser, author);

            // the official schedules the hearing three days ahead, records that it upholds the protest...
            accounts.signIn(official);
            long protestId = hearings.protests(edition.id()).get(0).id();
            signIn(browser, official);
            browser.go("review/protests");
            browser.awaitText(By.id("protest-" + protestId), REASONS);
            hearing = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate().plusDays(3).atTime(10, 30);
            setDateTime(browser, "hearing-at-" + protestId, hearing);
            typeAndLeave(browser, "hearing-place-" + protestId, PLACE);
            browser.assertAccessible("hearings");
            browser.shot("hearings, the hearing filled in");
            browser.tap(By.id("hearing-schedule-" + protestId));
            browser.awaitText(By.id("protest-" + protestId), text("review.protest.status.hearing_scheduled"));
            browser.awaitText(By.id("protest-" + protestId), PLACE);
            browser.tap(By.xpath("//vaadin-radio-group[@id='hearing-outcome-" + protestId
                    + "']//vaadin-radio-button[normalize-space(.)='" + text("review.protest.status.upheld") + "']"));
            typeLongAndLeave(browser, "hearing-text-" + protestId, OUTCOME);
            browser.tap(By.id("hearing-decide-" + protestId));
            browser.awaitText(By.id("protest-" + protestId), OUTCOME);
            browser.awaitText(By.id("protest-" + protestId), text("review.protest.status.upheld"));
            assertThat(browser.driver().findElements(By.id("hearing-decide-" + protestId))).as("a settled protest")
                    .isEmpty();
            browser.shot("hearings, upheld");

            // ...and publishes the final list
            browser.tap(By.id("final-list-publish"));
            browser.tap(By.xpath("//vaadin-button[normalize-space(.)='" + text("review.final.confirm") + "']"));
            browser.await(By.xpath("//vaadin-notification-card[contains(., '"
                    + MessageFormat.format(text("review.final.published"), 1) + "')]"));
            browser.shot("hearings, final list published");
        }

        assertThat(status(id)).isEqualTo(ProposalStatus.ON_BALLOT);
        for (String subject : List.of("mail.proposal-submitted.subject", "mail.decision-negative.subject",
                "mail.hearing-scheduled.subject", "mail.protest-upheld.subject", "mail.on-ballot.subject")) {
            TestMail.awaitMail(author, mail.getString(subject), Duration.ofSeconds(30));
        }
        assertThat(TestMail.text(TestMail.awaitMail(author, mail.getString("mail.decision-negative.subject"),
                Duration.ofSeconds(1)))).contains(EXPLANATION);
        assertThat(TestMail.text(TestMail.awaitMail(author, mail.getString("mail.hearing-scheduled.subject"),
                Duration.ofSeconds(1)))).contains(PLACE);

        accounts.signIn(accounts.create(Role.ADMIN));
        List<AuditRecord> log = audit.of("proposal", id);
        assertThat(log.stream().filter(r -> r.action().equals("status")).map(r -> r.before() + " → " + r.after()))
                .endsWith("COLLECTING_SUPPORT → IN_VERIFICATION", "IN_VERIFICATION → REJECTED",
                        "REJECTED → VERIFIED", "VERIFIED → ON_BALLOT");
        assertThat(log).extracting(AuditRecord::action).containsSubsequence("decision", "hearing", "protest");
        assertThat(line(log, "decision")).satisfies(r -> {
            assertThat(r.actor()).isEqualTo(official);
            assertThat(r.after()).isEqualTo("land-not-city-owned: " + EXPLANATION);
        });
        assertThat(line(log, "hearing").after())
                .isEqualTo(hearing.atZone(Formats.CITY_ZONE).toInstant() + " " + PLACE);
        assertThat(line(log, "protest")).satisfies(r -> {
            assertThat(r.actor()).isEqualTo(official);
            assertThat(r.after()).isEqualTo("UPHELD: " + OUTCOME);
        });
        assertThat(audit.of("edition", edition.id())).extracting(AuditRecord::action).contains("final-list");
    }

    private ProposalStatus status(long id) {
        return catalogue.page(id, Language.EN).orElseThrow().status();
    }

    private static AuditRecord line(List<AuditRecord> log, String action) {
        return log.stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("No '" + action + "' line in " + log));
    }

    private void signIn(Browser browser, String email) {
        browser.go("login");
        browser.type("login-email", email);
        browser.type("login-password", TestAccounts.PASSWORD);
        browser.click("login-submit");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().endsWith("/login"));
        browser.awaitText(By.tagName("vaadin-app-layout"), accounts.find(email).getDisplayName());
    }

    private void signOut(Browser browser, String email) {
        browser.tap(By.xpath("//vaadin-menu-bar-button[contains(., '" + accounts.find(email).getDisplayName() + "')]"));
        browser.tap(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='" + text("shell.account.logout") + "']"));
        browser.awaitText(By.tagName("vaadin-app-layout"), text("shell.account.login"));
    }

    private String text(String key) {
        return english.getString(key);
    }

    /** Opens the {@code vaadin-details} section that holds the element, unless it is open already. */
    private static void openSection(Browser browser, String innerId) {
        By section = By.xpath("//vaadin-details[.//*[@id='" + innerId + "']]");
        if (browser.driver().findElement(section).getDomAttribute("opened") == null) {
            browser.tap(By.xpath("//vaadin-details[.//*[@id='" + innerId + "']]/vaadin-details-summary"));
        }
        browser.await(By.id(innerId));
    }

    /**
     * Sets a date-time picker as a person does: types the date, in the format its date picker shows, and the
     * time into their two fields, then leaves them.
     */
    private static void setDateTime(Browser browser, String id, LocalDateTime value) {
        var js = (JavascriptExecutor) browser.driver();
        WebElement picker = browser.await(By.id(id));
        WebElement datePicker = picker.findElement(By.cssSelector("[slot='date-picker']"));
        String date = (String) js.executeScript("return arguments[0].i18n.formatDate({year: arguments[1], month: "
                + "arguments[2], day: arguments[3]});", datePicker, value.getYear(), value.getMonthValue() - 1,
                value.getDayOfMonth());
        WebElement dateInput = datePicker.findElement(By.cssSelector("input"));
        dateInput.click();
        dateInput.sendKeys(date);
        dateInput.sendKeys(Keys.ENTER);
        WebElement timeInput = picker.findElement(By.cssSelector("[slot='time-picker'] input"));
        timeInput.click();
        timeInput.sendKeys(value.format(DateTimeFormatter.ofPattern("HH:mm")));
        timeInput.sendKeys(Keys.ENTER);
        timeInput.sendKeys(Keys.TAB);
        String expected = value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the picker's value, typed as " + date)
                .until(d -> String.valueOf(js.executeScript("return arguments[0].value;", browser.await(By.id(id))))
                        .startsWith(expected));
        browser.awaitServer();
    }

    private static void typeAndLeave(Browser browser, String id, String value) {
        browser.type(id, value);
        browser.await(By.id(id)).findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
    }

    private static void typeLongAndLeave(Browser browser, String id, String value) {
        WebElement area = browser.await(By.id(id)).findElement(By.cssSelector("textarea"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
        area.clear();
        area.sendKeys(value);
        area.sendKeys(Keys.TAB);
    }

}
