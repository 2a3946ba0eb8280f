package org.civitas.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionForm;
import org.civitas.budget.EditionService;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.results.PoolResult;
import org.civitas.results.ResultsService;
import org.civitas.results.imports.PabulibFiles;
import org.civitas.results.imports.PabulibImportService;
import org.civitas.results.ResultsVote;
import org.civitas.shared.Language;
import org.civitas.shared.ui.BarChart;
import org.civitas.support.KaribuTest;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;

class ResultsViewsTest extends KaribuTest {

    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    ResultsService results;
    @Autowired
    EditionService editions;
    @Autowired
    PabulibImportService imports;
    @Autowired
    JdbcClient jdbc;

    /** A 1,000,000 PLN pool: A 6 points, B 4, D 1 (cheaper than C), C 1, E none. */
    private ResultsVote closedVote() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 600_000, 500_000, 300_000, 100_000, 50_000);
        vote.online(0, 1, 2);
        vote.online(0, 1, 3);
        vote.close();
        return vote;
    }

    @Test
    void the_public_pool_page_lists_the_funded_projects_and_why_the_others_lost() {
        var vote = closedVote();
        vote.official();
        results.publish(vote.edition.id());
        SecurityContextHolder.clearContext();

        open("results/" + vote.edition.id() + "/" + vote.city.id(), Language.EN);

        assertThat(_get(H1.class).getText()).isEqualTo("City-wide");
        assertThat(text("result-" + vote.projects.get(0))).contains("Projekt A", "6 points", "Funded");
        assertThat(text("result-" + vote.projects.get(1))).contains("Did not fit the remaining", "400,000");
        assertThat(text("result-" + vote.projects.get(4))).contains("Below the threshold");
        assertThat(_get(ProjectLines.class, spec -> spec.withId("results-funded-list")).getElement().getTextRecursively())
                .contains("Projekt A", "Projekt C", "Projekt D").doesNotContain("Projekt B");
        String chart = _get(BarChart.class, spec -> spec.withId("results-points-chart")).getElement()
                .getTextRecursively();
        assertThat(chart).contains("Points per project", "Projekt A", "6", "funded");
        // the table under the chart: a header and the pool's five projects
        assertThat(_find(_get(BarChart.class), NativeTableRow.class)).hasSize(1 + 5);
    }

    /**
     * The same vote counted by Equal Shares: 500,000 PLN a voter. B and A both cost their two supporters half their
     * cost each, and B, cheaper, goes first (250,000 each); then D (100,000 from the second voter). The add-one steps
     * raise each share to 549,999 PLN, the last before A becomes affordable and no longer fits. So A's supporters end
     * with 299,999 + 199,999 = 499,998 PLN of its 600,000 (83.3%), C's with 299,999 of 300,000 (99.9%, never 100%),
     * and E, which nobody chose, with nothing.
     */
    @Test
    void the_public_pool_page_of_an_equal_shares_edition_gives_every_projects_effective_support_and_why_it_lost() {
        var vote = closedVote();
        vote.official();
        var form = EditionForm.of(editions.details(vote.edition.id()));
        form.setCountingRule(CountingRule.EQUAL_SHARES);
        editions.update(vote.edition.id(), form);
        results.publish(vote.edition.id());
        SecurityContextHolder.clearContext();

        open("results/" + vote.edition.id() + "/" + vote.city.id(), Language.EN);

        assertThat(_get(ProjectLines.class, spec -> spec.withId("results-funded-list")).getElement().getTextRecursively())
                .contains("Projekt B", "Projekt D").doesNotContain("Projekt A", "Projekt C");
        assertThat(text("result-" + vote.projects.get(1))).contains("Funded", "Effective support: 2.0 voters");
        assertThat(text("result-" + vote.projects.get(3))).contains("Effective support: 1.0 voters");
        assertThat(text("result-" + vote.projects.get(0)))
                .contains("Not funded: its supporters had only 499,998", "less than its cost of 600,000",
                        "Effective support: its supporters could still pay 83.3% of its cost");
        assertThat(text("result-" + vote.projects.get(2))).contains("could still pay 99.9% of its cost");
        assertThat(text("result-" + vote.projects.get(4))).contains("could still pay 0.0% of its cost");
    }

    /** See {@link PabulibFiles#gdyniaStoppingBeforeACheapProject()}: counted without skipping, 4 is never reached. */
    @Test
    void the_public_pool_page_of_a_rule_that_stops_says_a_project_after_the_stop_had_not_enough_points()
            throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        long edition = imports.importFile(PabulibFiles.gdyniaStoppingBeforeACheapProject(), "gdynia.pb").editionId();
        PoolResult pool = results.publish(edition).pools().get(0);
        SecurityContextHolder.clearContext();
        Map<String, Long> proposals = jdbc.sql("select external_ref, id from proposal where edition_id = ?")
                .param(edition).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        open("results/" + edition + "/" + pool.poolId(), Language.EN);

        assertThat(text("result-" + proposals.get("4"))).contains("Zabawa z mapą", "257 points",
                "Not enough points: counting stopped at a project with more points that did not fit");
        assertThat(text("result-" + proposals.get("5"))).contains("Did not fit the remaining", "10,570");
        assertThat(_get(ProjectLines.class, spec -> spec.withId("results-lost-list")).getElement().getTextRecursively())
                .doesNotContain("Effective support");
    }

    @Test
    void the_edition_results_page_links_to_its_turnout_by_district() {
        var vote = closedVote();
        vote.official();
        results.publish(vote.edition.id());
        SecurityContextHolder.clearContext();

        open("results/" + vote.edition.id(), Language.EN);
        String turnout = _get(Anchor.class, spec -> spec.withId("results-turnout")).getHref();
        open(turnout, Language.EN);

        assertThat(turnout).isEqualTo("turnout/" + vote.edition.id());
        var districts = _get(BarChart.class, spec -> spec.withId("turnout-chart-districts"));
        assertThat(districts.getElement().getTextRecursively()).contains("Turnout by district", "residents")
                .doesNotContain("City-wide");
        long districtPools = vote.edition.pools().stream().filter(p -> !p.cityWide()).count();
        assertThat(_find(districts, NativeTableRow.class)).hasSize(1 + (int) districtPools);
    }

    @Test
    void an_official_previews_with_equal_shares_beside_and_publishes_after_confirming() {
        var vote = closedVote();
        signIn(vote.official());

        open("results/" + vote.edition.id() + "/preview", Language.EN);

        assertThat(_get(Div.class, spec -> spec.withId("results-official")).getElement().getTextRecursively())
                .contains("Official rule", "Did not fit the remaining");
        assertThat(_get(Div.class, spec -> spec.withId("results-equal-shares")).getElement().getTextRecursively())
                .contains("What Equal Shares would fund", "Effective support");
        _click(_get(Button.class, spec -> spec.withId("results-publish")));
        assertThat(results.published(vote.edition.id(), Language.EN)).as("not before the confirmation").isEmpty();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(results.published(vote.edition.id(), Language.EN)).isPresent();
    }

    @Test
    void a_resident_cannot_open_the_preview() {
        var vote = closedVote();
        signIn(accounts.create(Role.RESIDENT));

        open("results/" + vote.edition.id() + "/preview", Language.EN);

        assertThat(_find(ResultsPreviewView.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("results-publish"))).isEmpty();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
