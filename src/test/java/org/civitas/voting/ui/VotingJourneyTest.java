package org.civitas.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestAccounts;
import org.civitas.support.TestMail;
import org.civitas.voting.Identities;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident votes on a 360-pixel-wide phone in a real browser: identity, district, three city-wide projects
 * ranked, three district projects, the review and the cast; then checks the receipt on the public page, and
 * gets a confirmation mail that names neither the choices nor the receipt.
 */
class VotingJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    JdbcClient jdbc;

    private final ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Language.EN.locale());
    private final ResourceBundle mail = ResourceBundle.getBundle("mail/messages", Locale.ENGLISH);

    @Test
    void a_resident_casts_a_krakow_ballot_on_a_phone_and_finds_the_receipt_in_the_box() {
        EditionDetails edition = ballots.openKrakowVote();
        PoolSummary city = ballots.cityPool(edition);
        PoolSummary district = ballots.districtPool(edition);
        List<Long> cityProjects = ballots.onBallot(edition, city, 5, new BigDecimal("150000"));
        List<Long> districtProjects = ballots.onBallot(edition, district, 4, new BigDecimal("12000"));
        String voter = accounts.residentOf(district.districtId());
        String receipt;

        try (Browser browser = Browser.open(port, "en-US")) {
            browser.driver().manage().window().setSize(new Dimension(360, 780));
            browser.signIn(voter, TestAccounts.PASSWORD);
            browser.go("vote/" + edition.id());
            browser.type("booth-pesel", Identities.peselNumber(501));
            browser.tap(By.id("booth-next"));

            browser.await(By.id("booth-district"));
            browser.tap(By.id("booth-next"));

            for (long id : cityProjects.subList(1, 4)) {
                browser.tap(By.id("pick-" + id));
                browser.awaitServer();
            }
            browser.tap(By.id("rank-up-" + cityProjects.get(3)));
            browser.awaitText(By.id("rank-2"), java.text.MessageFormat.format(text("voting.booth.rank"), 2, 2,
                    title(cityProjects.get(3))));
            browser.assertAccessible("booth, city-wide projects");
            browser.shot("booth, city-wide projects ranked");
            browser.tap(By.id("booth-next"));

            for (long id : districtProjects.subList(0, 3)) {
                browser.tap(By.id("pick-" + id));
                browser.awaitServer();
            }
            browser.tap(By.id("booth-next"));

            browser.awaitText(By.id("booth-final"), text("voting.booth.final"));
            browser.assertAccessible("booth, review");
            browser.shot("booth, review");
            browser.tap(By.id("booth-cast"));
            browser.await(By.id("booth-receipt"));
            receipt = browser.driver().findElement(By.id("booth-receipt")).getText().strip();
            assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
            browser.assertAccessible("booth, receipt");
            browser.shot("booth, receipt");

            browser.go("vote/check");
            browser.type("receipt-code", receipt);
            browser.tap(By.id("receipt-check"));
            browser.awaitText(By.id("receipt-answer"), "Yes");
            browser.assertAccessible("receipt check");
        }

        assertThat(points(cityProjects.get(1))).isEqualTo(3);
        assertThat(points(cityProjects.get(3))).as("moved up to rank 2").isEqualTo(2);
        assertThat(points(cityProjects.get(2))).isEqualTo(1);
        assertThat(points(districtProjects.get(0)) + points(districtProjects.get(1)) + points(districtProjects.get(2)))
                .isEqualTo(6);
        var confirmation = TestMail.awaitMail(voter, mail.getString("mail.ballot-cast.subject"), Duration.ofSeconds(30));
        String body = TestMail.text(confirmation);
        assertThat(body).contains(edition.name().in(Language.EN)).doesNotContain(receipt)
                .doesNotContain(receipt.replace("-", ""));
    }

    private int points(long proposalId) {
        return jdbc.sql("select points from ballot_choice where proposal_id = ?").param(proposalId)
                .query(Integer.class).single();
    }

    private String title(long proposalId) {
        return jdbc.sql("select title from proposal where id = ?").param(proposalId).query(String.class).single();
    }

    private String text(String key) {
        return english.getString(key);
    }
}
