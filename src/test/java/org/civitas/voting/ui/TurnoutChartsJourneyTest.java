package org.civitas.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.Identities;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** What only a browser shows: the server's SVG is drawn as a picture that fits a phone, and passes axe. */
class TurnoutChartsJourneyTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;

    @Test
    void a_visitor_on_a_phone_reads_the_turnout_charts_after_the_close() {
        var edition = ballots.edition(new BallotRule(BallotRule.Kind.APPROVAL, 2), -1, 0);
        var pool = ballots.districtPool(edition);
        long project = ballots.onBallot(edition, pool, "Ławki", new BigDecimal("10000"));
        for (int i = 0; i < 3; i++) {
            accounts.signIn(accounts.residentOf(pool.districtId()));
            voting.cast(edition.id(), Identities.pesel(7201 + i), pool.districtId(),
                    List.of(new BallotChoice(pool.id(), project, 1)));
        }
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofDays(1));

        try (Browser browser = Browser.open(port, "en-US")) {
            browser.driver().manage().window().setSize(new Dimension(360, 780));
            browser.go("turnout/" + edition.id());
            browser.await(By.id("turnout-chart-channels"));
            @SuppressWarnings("unchecked")
            var svg = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const svg = document.querySelector('#turnout-chart-channels svg');
                    const box = svg.getBoundingClientRect();
                    return {ns: svg.namespaceURI, width: box.width, height: box.height, page: window.innerWidth,
                            bars: svg.querySelectorAll('rect').length, label: svg.getAttribute('aria-label')};
                    """);
            assertThat(svg.get("ns")).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(((Number) svg.get("width")).doubleValue()).isGreaterThan(250)
                    .isLessThanOrEqualTo(((Number) svg.get("page")).doubleValue());
            assertThat(((Number) svg.get("height")).doubleValue()).isGreaterThan(40);
            assertThat(svg.get("bars")).as("online has a bar, paper's zero has none").isEqualTo(1L);
            assertThat(svg.get("label")).isEqualTo("Voters by way of voting");
            browser.assertAccessible("turnout charts");
            browser.shot("turnout charts on a phone");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('#turnout-chart-channels').scrollIntoView()");
            browser.shot("turnout chart by way of voting on a phone");
        }
    }
}
