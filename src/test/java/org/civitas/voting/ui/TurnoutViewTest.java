package org.civitas.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.shared.ui.BarChart;
import org.civitas.support.KaribuTest;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.DocumentType;
import org.civitas.voting.Identities;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

class TurnoutViewTest extends KaribuTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    DistrictService districts;

    EditionDetails edition;
    String district;

    /** Two people vote online in the district: one born in 1980 for both pools, one aged 20 for the district only. */
    @BeforeEach
    void twoVotersOnline() {
        edition = ballots.edition(new BallotRule(BallotRule.Kind.APPROVAL, 2), -1, 0);
        var city = ballots.cityPool(edition);
        var pool = ballots.districtPool(edition);
        district = districts.find(pool.districtId()).map(DistrictSummary::label).orElseThrow();
        long cityProject = ballots.onBallot(edition, city, "Rowery miejskie", new BigDecimal("100000"));
        long districtProject = ballots.onBallot(edition, pool, "Ławki", new BigDecimal("10000"));
        accounts.signIn(accounts.residentOf(pool.districtId()));
        voting.cast(edition.id(), Identities.pesel(7101), pool.districtId(), List.of(
                new BallotChoice(city.id(), cityProject, 1), new BallotChoice(pool.id(), districtProject, 1)));
        accounts.signIn(accounts.residentOf(pool.districtId()));
        voting.cast(edition.id(), VoterIdentity.ofDocument(DocumentType.PASSPORT, "GE7654321",
                LocalDate.now(clock).minusYears(20)), pool.districtId(), List.of(
                new BallotChoice(pool.id(), districtProject, 1)));
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_official_sees_charts_of_the_live_turnout_while_the_public_waits_for_the_close() {
        open("turnout/" + edition.id(), Language.EN);
        assertThat(_find(BarChart.class)).as("a visitor during the vote").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("turnout-later")).getText()).isNotBlank();

        signIn(accounts.create(Role.OFFICIAL));
        open("turnout/" + edition.id(), Language.EN);

        assertThat(rows("turnout-chart-pools")).startsWith(List.of("Pool", "Valid ballots"))
                .contains(List.of("City-wide", "1"), List.of(district, "2"));
        assertThat(rows("turnout-chart-channels")).containsExactly(List.of("Way of voting", "Voters"),
                List.of("Online", "2"), List.of("On paper", "0"));
        assertThat(rows("turnout-chart-ages")).contains(List.of("18-24", "1"), List.of("45-54", "1"),
                List.of("25-34", "0")).noneMatch(r -> r.get(0).equals("0-17")).hasSize(7);
        assertThat(picture("turnout-chart-pools")).contains("aria-label=\"Valid ballots per pool\"");
    }

    @Test
    void everyone_sees_the_charts_in_their_language_once_the_vote_has_closed() {
        clock.advance(Duration.ofDays(1));
        open("turnout/" + edition.id(), Language.PL);

        assertThat(_get(BarChart.class, s -> s.withId("turnout-chart-pools")).getChildren().findFirst().orElseThrow()
                .getElement().getText()).isEqualTo("Ważne głosy w każdej puli");
        assertThat(rows("turnout-chart-pools")).contains(List.of(district, "2"));
        assertThat(rows("turnout-chart-channels")).element(1).isEqualTo(List.of("Online", "2"));
        assertThat(rows("turnout-chart-ages")).contains(List.of("45-54", "1"));
    }

    private static List<List<String>> rows(String chartId) {
        var chart = _get(BarChart.class, s -> s.withId(chartId));
        return _find(chart, NativeTableRow.class).stream()
                .map(r -> r.getAllCells().stream().map(c -> ((HasText) c).getText()).toList()).toList();
    }

    private static String picture(String chartId) {
        return _get(_get(BarChart.class, s -> s.withId(chartId)), Div.class).getElement().getProperty("innerHTML");
    }
}
