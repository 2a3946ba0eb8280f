package org.civitas.voting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.Identities;
import org.civitas.voting.InvalidReason;
import org.civitas.voting.PaperCard;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The vote's open data over HTTP: refused (409) while the vote runs, then every receipt's SHA-256 and the turnout.
 * Two online ballots and one paper voter, whose batch of one valid and one spoilt card is counted.
 */
class VotingApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;
    @Autowired
    PaperVotingService paper;

    EditionDetails edition;
    PoolSummary city;
    PoolSummary district;
    List<Long> projects;
    final List<String> codes = new ArrayList<>();
    String base;

    @BeforeEach
    void vote() {
        edition = ballots.openKrakowVote();
        city = ballots.cityPool(edition);
        district = ballots.districtPool(edition);
        projects = ballots.onBallot(edition, city, 3, new BigDecimal("100000"));
        for (int n = 0; n < 2; n++) {
            accounts.signIn(accounts.residentOf(district.districtId()));
            codes.add(voting.cast(edition.id(), Identities.pesel(8201 + n), district.districtId(), ranked()).code());
        }
        String first = accounts.create(Role.OFFICIAL);
        String second = accounts.create(Role.OFFICIAL);
        accounts.signIn(first);
        paper.issue(edition.id(), Identities.pesel(8203));
        long batch = paper.openBatch(edition.id(), city.id(), "Punkt 1, urna 1");
        var cards = List.of(PaperCard.marked(ranked()), PaperCard.invalid(InvalidReason.TOO_MANY_MARKS));
        for (String official : List.of(first, second)) {
            accounts.signIn(official);
            paper.enter(batch, official.equals(first) ? 1 : 2, cards);
            paper.finish(batch, official.equals(first) ? 1 : 2);
        }
        paper.count(batch);
        SecurityContextHolder.clearContext();
        base = "/api/v1/editions/" + edition.id();
    }

    @Test
    void receipts_are_refused_before_the_close_and_then_list_the_sha_256_of_every_receipt_code_cast() throws Exception {
        assertThat(get("/receipts").getStatusCode().value()).isEqualTo(409);

        clock.advance(Duration.ofDays(2));
        var receipts = get("/receipts");

        assertThat(receipts.getStatusCode().value()).isEqualTo(200);
        assertThat(receipts.getHeaders().getContentType().toString()).startsWith("text/plain");
        // the hash of the code's 16 characters without its dashes, as a voter can compute it; sorted, one per line
        List<String> expected = new ArrayList<>();
        for (String code : codes) {
            expected.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.replace("-", "").getBytes(StandardCharsets.US_ASCII))));
        }
        expected.sort(null);
        assertThat(receipts.getBody()).isEqualTo(String.join("\n", expected) + "\n");
        assertThat(receipts.getBody()).doesNotContain(codes.get(0)).doesNotContain(codes.get(1));
    }

    @Test
    void turnout_is_refused_before_the_close_and_then_gives_voters_by_channel_and_ballots_by_pool() throws Exception {
        assertThat(get("/turnout").getStatusCode().value()).isEqualTo(409);

        clock.advance(Duration.ofDays(2));
        var turnout = get("/turnout");

        assertThat(turnout.getStatusCode().value()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(turnout.getBody());
        assertThat(json.path("editionId").asLong()).isEqualTo(edition.id());
        assertThat(json.path("voters").asInt()).isEqualTo(3);
        assertThat(json.at("/votersByChannel/online").asInt()).isEqualTo(2);
        assertThat(json.at("/votersByChannel/paper").asInt()).isEqualTo(1);
        int byAge = 0;
        for (JsonNode band : json.path("votersByAgeBand")) {
            byAge += band.asInt();
        }
        assertThat(byAge).as("voters over the age bands").isEqualTo(3);
        JsonNode cityPool = pool(json, city.id());
        assertThat(cityPool.path("districtId").isNull()).isTrue();
        assertThat(cityPool.path("validBallots").asInt()).as("two online, one paper").isEqualTo(3);
        assertThat(cityPool.path("invalidBallots").asInt()).isEqualTo(1);
        JsonNode districtPool = pool(json, district.id());
        assertThat(districtPool.path("districtId").asLong()).isEqualTo(district.districtId());
        assertThat(districtPool.path("validBallots").asInt()).isZero();
        assertThat(turnout.getBody()).doesNotContain("@example.org").doesNotContain("identity");
    }

    @Test
    void an_unknown_edition_is_not_found() {
        assertThat(http.getForEntity("/api/v1/editions/999999999/receipts", String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.getForEntity("/api/v1/editions/999999999/turnout", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(base + path, String.class);
    }

    private static JsonNode pool(JsonNode turnout, long poolId) {
        for (JsonNode pool : turnout.path("pools")) {
            if (pool.path("poolId").asLong() == poolId) {
                return pool;
            }
        }
        throw new AssertionError("no pool " + poolId + " in " + turnout);
    }

    private List<BallotChoice> ranked() {
        return List.of(new BallotChoice(city.id(), projects.get(0), 3), new BallotChoice(city.id(), projects.get(1), 2),
                new BallotChoice(city.id(), projects.get(2), 1));
    }
}
