package org.civitas.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.civitas.budget.EditionService;
import org.civitas.proposal.BallotFixtures;
import org.civitas.results.imports.PabulibImportService;
import org.civitas.support.IntegrationTest;
import org.civitas.tally.PabulibReader;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ResultsApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;
    @Autowired
    ResultsService results;
    @Autowired
    PabulibImportService imports;
    @Autowired
    EditionService editions;

    @Test
    void published_results_are_open_json_and_csv_with_the_reason_of_every_project() throws Exception {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 600_000, 500_000, 300_000, 100_000, 50_000);
        vote.online(0, 1, 2);
        vote.online(0, 1, 3);
        vote.close();
        String base = "/api/v1/editions/" + vote.edition.id();
        SecurityContextHolder.clearContext();
        assertThat(status(base + "/results")).isEqualTo(409);
        assertThat(status(base + "/results.csv")).isEqualTo(409);
        vote.official();
        results.publish(vote.edition.id());
        SecurityContextHolder.clearContext();

        var json = http.getForEntity(base + "/results", String.class);

        assertThat(json.getStatusCode().value()).isEqualTo(200);
        JsonNode city = new ObjectMapper().readTree(json.getBody()).path("pools").get(0);
        assertThat(city.path("poolId").asLong()).isEqualTo(vote.city.id());
        assertThat(city.path("ballots").asInt()).isEqualTo(2);
        JsonNode first = city.path("projects").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(vote.projects.get(0));
        assertThat(first.path("points").asLong()).isEqualTo(6);
        assertThat(first.path("funded").asBoolean()).isTrue();
        assertThat(city.at("/projects/1/reason").asText()).isEqualTo("did-not-fit");
        assertThat(city.at("/projects/1/moneyLeft").decimalValue()).isEqualByComparingTo("400000");
        assertThat(city.at("/projects/4/reason").asText()).isEqualTo("below-threshold");
        assertThat(json.getBody()).doesNotContain("@example.org");

        var csv = http.getForEntity(base + "/results.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo("pool_id,district_id,project_id,title,position,points,ballots,cost,funded,"
                + "reason,money_left,effective_support,cost_covered");
        assertThat(lines[1]).startsWith(vote.city.id() + ",," + vote.projects.get(0) + ",Projekt A,1,6,2,600000")
                .contains(",1,funded,");
        assertThat(lines[2]).contains(",0,did-not-fit,400000");

        var projects = http.getForEntity(base + "/projects.csv", String.class);
        assertThat(projects.getStatusCode().value()).isEqualTo(200);
        assertThat(projects.getBody().split("\r\n")).hasSize(6);
        assertThat(projects.getBody()).contains("Projekt E");
    }

    @Test
    void ballots_are_refused_before_the_close_and_unknown_or_bad_pools_are_told_apart() {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 200_000, 300_000);
        vote.online(0, 1, 2);
        SecurityContextHolder.clearContext();
        String base = "/api/v1/editions/" + vote.edition.id();

        assertThat(status(base + "/ballots.pb?pool=" + vote.city.id())).isEqualTo(409);
        vote.close();
        assertThat(status(base + "/ballots.pb?pool=" + vote.city.id())).isEqualTo(200);
        assertThat(status(base + "/ballots.pb?pool=abc")).isEqualTo(400);
        assertThat(status(base + "/ballots.pb")).isEqualTo(400);
        assertThat(status(base + "/ballots.pb?pool=999999999")).isEqualTo(404);
        assertThat(status("/api/v1/editions/999999999/ballots.pb?pool=" + vote.city.id())).isEqualTo(404);
        assertThat(status("/api/v1/editions/999999999/results")).isEqualTo(404);
        assertThat(status("/api/v1/editions/999999999/projects.csv")).isEqualTo(404);
    }

    @Test
    void without_a_pool_a_one_pool_edition_serves_its_ballots_and_an_edition_of_several_lists_the_calls_for_each()
            throws Exception {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 100_000, 200_000, 300_000);
        vote.online(0, 1, 2);
        vote.close();
        vote.official();
        String assen = "Netherlands_Assen_2024.pb";
        long single = imports.importFile(Files.readAllBytes(Path.of("/work/shared/data/pabulib", assen)), assen)
                .editionId();
        long singlePool = editions.details(single).pools().get(0).id();
        SecurityContextHolder.clearContext();

        var listing = http.getForEntity("/api/v1/editions/" + vote.edition.id() + "/ballots.pb", String.class);
        var whole = http.getForEntity("/api/v1/editions/" + single + "/ballots.pb", String.class);

        assertThat(listing.getStatusCode().value()).isEqualTo(400);
        assertThat(listing.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(vote.edition.pools()).hasSizeGreaterThan(1);
        assertThat(listing.getBody().split("\n")).containsExactlyElementsOf(vote.edition.pools().stream()
                .map(p -> "/api/v1/editions/" + vote.edition.id() + "/ballots.pb?pool=" + p.id()).toList());
        assertThat(status(listing.getBody().split("\n")[0])).isEqualTo(200);
        assertThat(whole.getStatusCode().value()).isEqualTo(200);
        assertThat(whole.getBody()).isEqualTo(http.getForEntity("/api/v1/editions/" + single + "/ballots.pb?pool="
                + singlePool, String.class).getBody());
        assertThat(PabulibReader.parse(whole.getBody()).ballots()).hasSize(84);
    }

    private int status(String url) {
        return http.getForEntity(url, String.class).getStatusCode().value();
    }
}
