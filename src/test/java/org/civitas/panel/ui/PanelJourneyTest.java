package org.civitas.panel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.civitas.identity.Role;
import org.civitas.panel.MemberStatus;
import org.civitas.panel.MemberSummary;
import org.civitas.panel.MembershipService;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.PanelService;
import org.civitas.panel.PanelSummary;
import org.civitas.panel.RecommendationService;
import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.VoteChoice;
import org.civitas.shared.Language;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestAccounts;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizens' panel from its setup to the city's answer, in a real browser: a coordinator sets it up with quotas
 * from population shares, 200 volunteers register (seeded), the coordinator closes registration and draws with the
 * announced seed, a drawn member accepts through the link in her mail, drafts a recommendation in the panel's room
 * and votes for it; it passes with 80 % and the coordinator answers it on the public page, which the member hears of
 * by mail. The pages are checked with axe-core.
 */
class PanelJourneyTest extends IntegrationTest {

    private static final String SEED = "7 11 19 23 31 42";

    @LocalServerPort
    int port;
    @Autowired
    PanelService panels;
    @Autowired
    MembershipService memberships;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    PanelFixtures fixtures;

    private final ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Language.EN.locale());

    @Test
    void a_panel_is_set_up_drawn_and_its_recommendation_passes_and_is_answered() {
        String question = "How should Kraków keep cool in summer? (" + System.nanoTime() + ")";
        String coordinator = accounts.create(Role.OFFICIAL);
        String member = accounts.create(Role.RESIDENT);
        try (Browser browser = Browser.open(port, "en-US")) {
            // the coordinator sets the panel up: the question, the seed, and quotas from population shares
            browser.signIn(coordinator, TestAccounts.PASSWORD);
            browser.go("panels");
            browser.tap(By.id("panel-new"));
            browser.await(By.id("panel-question-pl"));
            browser.type("panel-question-pl", question);
            browser.type("panel-seed-field", SEED);
            browser.tap(By.xpath("//vaadin-details[@id='panel-shares']/vaadin-details-summary"));
            browser.type("panel-shares-category", "gender");
            typeArea(browser, "panel-shares-text", "female; 50\nmale; 50");
            browser.tap(By.id("panel-shares-fill"));
            browser.await(By.id("panel-quota-feature-1"));
            browser.assertAccessible("panel setup");
            browser.shot("panel setup");
            browser.tap(By.id("panel-save"));
            browser.awaitText(By.id("panel-question"), question);
            long id = panels.list(Language.EN).stream().filter(p -> p.question().equals(question)).findFirst()
                    .map(PanelSummary::id).orElseThrow();
            browser.awaitText(By.id("panel-seed"), SEED);
            browser.assertAccessible("panel page, recruiting");

            // 200 volunteers register; the coordinator closes registration and draws
            fixtures.registerSample(id);
            browser.go("panels/" + id + "/pool");
            browser.awaitText(By.id("panel-pool-total"), "200");
            browser.assertAccessible("volunteers and draw");
            browser.tap(By.id("panel-close-registration"));
            browser.awaitServer();
            browser.tap(By.id("panel-draw"));
            browser.tap(By.cssSelector("vaadin-button[slot='confirm-button']"));
            browser.await(By.id("panel-members"));
            browser.shot("panel drawn, the members invited");
            browser.go("panels/" + id);
            browser.awaitText(By.id("panel-probabilities"), "10.0 %");

            // a drawn volunteer accepts through her mail, signed in
            List<MemberSummary> seats = fixtures.asOfficial(() -> memberships.list(id));
            String secret = PanelFixtures.invitationSecret(id, seats.get(0).name());
            browser.driver().manage().deleteAllCookies();
            browser.signIn(member, TestAccounts.PASSWORD);
            browser.go("panels/invitation/" + secret);
            browser.assertAccessible("invitation");
            browser.tap(By.id("invitation-accept"));
            browser.awaitText(By.id("invitation-state"), text("panel.member-status.accepted"));

            // the other members accept too, each with an account
            List<String> others = new ArrayList<>();
            for (MemberSummary seat : seats.subList(1, seats.size())) {
                String email = accounts.create(Role.RESIDENT);
                accounts.signIn(email);
                memberships.answer(PanelFixtures.invitationSecret(id, seat.name()), true);
                others.add(email);
            }
            assertThat(fixtures.asOfficial(() -> memberships.list(id)))
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(MemberStatus.ACCEPTED));

            // she drafts a recommendation in the room; the coordinator opens the vote; she votes for it
            browser.go("panels/" + id + "/room");
            browser.type("draft-title", "Shade at every tram stop");
            typeArea(browser, "draft-text", "Plant trees or build shades at **every** tram stop by 2028.");
            browser.tap(By.id("draft-save"));
            browser.awaitServer();
            accounts.signIn(member);
            long recommendation = recommendations.all(id).get(0).id();
            fixtures.asOfficial(() -> {
                recommendations.openVote(recommendation, clock.instant().plus(Duration.ofHours(1)));
                return null;
            });
            browser.go("panels/" + id + "/room");
            browser.assertAccessible("the panel's room");
            browser.tap(By.id("vote-support-" + recommendation));
            browser.awaitText(By.id("recommendation-" + recommendation),
                    MessageFormat.format(text("panel.room.you-voted"), text("panel.vote.support")));
            for (int i = 0; i < others.size(); i++) {
                accounts.signIn(others.get(i));
                recommendations.vote(recommendation, i < 15 ? VoteChoice.SUPPORT : VoteChoice.OPPOSE);
            }
            clock.advance(Duration.ofHours(2));
            recommendations.closeDue();
            assertThat(recommendations.decided(id).get(0).status()).isEqualTo(RecommendationStatus.PASSED);

            // the coordinator answers it on the public page
            browser.driver().manage().deleteAllCookies();
            browser.signIn(coordinator, TestAccounts.PASSWORD);
            browser.go("panels/" + id);
            browser.awaitText(By.id("recommendation-" + recommendation), "Support 16, oppose 4, abstain 0: 80 %");
            browser.tap(By.id("answer-decision-" + recommendation));
            browser.tap(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='"
                    + text("panel.answer.decision.accepted") + "']"));
            typeArea(browser, "answer-reasons-" + recommendation, "The city will shade 120 tram stops by 2028.");
            browser.tap(By.id("answer-save-" + recommendation));
            browser.awaitText(By.id("recommendation-" + recommendation),
                    MessageFormat.format(text("panel.answer.heading"), text("panel.answer.decision.accepted")));
            browser.assertAccessible("panel page, answered");
            browser.shot("panel page, answered");
        }
        var mail = TestMail.awaitMail(member, "The city has answered", Duration.ofSeconds(30));
        assertThat(TestMail.text(mail)).contains("Shade at every tram stop", "accepted", "120 tram stops");
    }

    private String text(String key) {
        return english.getString(key);
    }

    /** Types into a Vaadin text area (its textarea element is in the light DOM) and leaves it. */
    private static void typeArea(Browser browser, String id, String text) {
        WebElement area = browser.await(By.id(id)).findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(text);
        area.sendKeys(org.openqa.selenium.Keys.TAB);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> true);
        browser.awaitServer();
    }
}
