package org.civitas.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.BarChart;
import org.civitas.support.KaribuTest;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.Channel;
import org.civitas.voting.DocumentType;
import org.civitas.voting.Identities;
import org.civitas.voting.Turnout;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
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
    int populationOf;
    String population;

    /** Two people vote online in the district: one born in 1980 for both pools, one aged 20 for the district only. */
    @BeforeEach
    void twoVotersOnline() {
        edition = ballots.edition(new BallotRule(BallotRule.Kind.APPROVAL, 2), -1, 0);
        var city = ballots.cityPool(edition);
        var pool = ballots.districtPool(edition);
        district = districts.find(pool.districtId()).map(DistrictSummary::label).orElseThrow();
        populationOf = districts.find(pool.districtId()).orElseThrow().population();
        population = Formats.number(populationOf, Language.EN.locale());
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

        assertThat(rows("turnout-chart-districts")).startsWith(List.of("District",
                "Voters in the district's pool (share of residents)"))
                .contains(List.of(district, "2 · 0.0% of " + population + " residents"))
                .noneMatch(r -> r.get(0).equals("City-wide"));
        assertThat(rows("turnout-chart-channels")).containsExactly(List.of("Way of voting", "Voters"),
                List.of("Online", "2"), List.of("On paper", "0"));
        assertThat(rows("turnout-chart-ages")).contains(List.of("18-24", "1"), List.of("45-54", "1"),
                List.of("25-34", "0")).noneMatch(r -> r.get(0).equals("0-17")).hasSize(7);
        assertThat(picture("turnout-chart-districts")).contains("aria-label=\"Turnout by district\"");
    }

    @Test
    void everyone_sees_the_charts_in_their_language_once_the_vote_has_closed() {
        clock.advance(Duration.ofDays(1));
        open("turnout/" + edition.id(), Language.PL);

        assertThat(_get(BarChart.class, s -> s.withId("turnout-chart-districts")).getChildren().findFirst()
                .orElseThrow().getElement().getText()).isEqualTo("Frekwencja w dzielnicach");
        assertThat(rows("turnout-chart-districts")).contains(List.of(district,
                "2 · 0,0% z " + Formats.number(populationOf, java.util.Locale.forLanguageTag("pl")) + " mieszkańców"));
        assertThat(rows("turnout-chart-channels")).element(1).isEqualTo(List.of("Online", "2"));
        assertThat(rows("turnout-chart-ages")).contains(List.of("45-54", "1"));
    }

    /**
     * 2 voters of 800 residents is 0.25%, shown rounded down as 0.2%; 30 of 600 is 5%, so the second district's bar
     * is twenty times as long although it has only 15 times the voters.
     */
    @Test
    void turnout_by_district_is_each_districts_voters_as_a_share_of_its_residents() {
        UI.getCurrent().setLocale(Language.EN.locale());
        var small = new DistrictSummary(1, 1, "I", "Mała", 800);
        var busy = new DistrictSummary(2, 2, "II", "Ruchliwa", 600);
        var turnout = new Turnout(1, true, Map.of(Channel.ONLINE, 32, Channel.PAPER, 0), Map.of(), List.of(
                new Turnout.PoolTurnout(10, null, 31, 0), new Turnout.PoolTurnout(11, 1L, 1, 1),
                new Turnout.PoolTurnout(12, 2L, 29, 1)));

        List<BarChart> charts = TurnoutCharts.of(turnout, Map.of(1L, small, 2L, busy), UI.getCurrent(),
                Language.EN.locale());

        assertThat(charts).first().satisfies(chart -> {
            assertThat(chart.getId()).hasValue("turnout-chart-districts");
            assertThat(_find(chart, NativeTableRow.class)).extracting(r -> r.getAllCells().stream()
                    .map(c -> ((HasText) c).getText()).toList()).containsExactly(
                            List.of("District", "Voters in the district's pool (share of residents)"),
                            List.of("I Mała", "2 · 0.2% of 800 residents"),
                            List.of("II Ruchliwa", "30 · 5.0% of 600 residents"));
        });
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
