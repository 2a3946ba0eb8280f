package org.civitas.results.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionForm;
import org.civitas.budget.EditionService;
import org.civitas.proposal.BallotFixtures;
import org.civitas.results.PoolResult;
import org.civitas.results.ProjectResult;
import org.civitas.results.ResultsService;
import org.civitas.results.ResultsVote;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.voting.PaperVotingService;
import org.civitas.voting.VotingService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Counted as cast, end to end: the open-data ballots file of a closed pool, imported as a past edition and
 * counted there, publishes what the original edition published, project by project.
 */
class ExportImportRecountTest extends IntegrationTest {

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
    EditionService editions;
    @Autowired
    PabulibImportService imports;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(value = CountingRule.class, names = {"POINTS", "EQUAL_SHARES"})
    void a_published_pools_ballots_file_imported_as_a_past_edition_publishes_the_same_result(CountingRule rule) {
        var vote = new ResultsVote(ballots, voting, paper, accounts, clock, 400_000, 300_000, 300_000, 250_000,
                200_000, 150_000, 900_000);
        vote.online(0, 1, 2);
        vote.online(1, 2, 3);
        vote.online(4, 5, 0);
        vote.online(1, 0, 5);
        vote.online(6, 3, 4);
        vote.paper(new int[] {2, 1, 0}, new int[] {3, 4, 5});
        vote.close();
        vote.official();
        var form = EditionForm.of(editions.details(vote.edition.id()));
        form.setCountingRule(rule);
        editions.update(vote.edition.id(), form);
        PoolResult original = results.publish(vote.edition.id()).pool(vote.city.id()).orElseThrow();
        SecurityContextHolder.clearContext();

        var file = http.getForEntity("/api/v1/editions/" + vote.edition.id() + "/ballots.pb?pool=" + vote.city.id(),
                String.class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        vote.official();
        long imported = imports.importFile(file.getBody().getBytes(StandardCharsets.UTF_8), "ballots.pb").editionId();
        PoolResult recount = results.publish(imported).pools().get(0);

        assertThat(editions.details(imported).countingRule()).isEqualTo(rule);
        assertThat(editions.details(imported).name().in(Language.EN)).contains(vote.edition.name().in(Language.PL));
        assertThat(recount.rule()).isEqualTo(original.rule());
        assertThat(recount.ballots()).isEqualTo(original.ballots()).isEqualTo(7);
        assertThat(original.funded()).as("a count that leaves projects out").isNotEmpty()
                .hasSizeLessThan(original.projects().size());
        Map<Long, String> refs = externalRefs(imported);
        assertThat(recount.funded()).extracting(p -> refs.get(p.proposalId()))
                .containsExactlyElementsOf(ids(original.funded()));
        assertThat(outcomes(recount, refs)).isEqualTo(outcomes(original, Map.of()));
    }

    /** Each project's place, outcome and effective support (either form), by the original proposal id. */
    private static List<String> outcomes(PoolResult pool, Map<Long, String> refs) {
        return pool.projects().stream().map(p -> refs.getOrDefault(p.proposalId(), String.valueOf(p.proposalId()))
                + " " + p.position() + " " + p.outcome() + " " + p.effectiveSupport() + " " + p.costCovered()).toList();
    }

    private static List<String> ids(List<ProjectResult> projects) {
        return projects.stream().map(p -> String.valueOf(p.proposalId())).toList();
    }

    /** The original proposal id each imported proposal carries as its pabulib project id. */
    private Map<Long, String> externalRefs(long editionId) {
        return jdbc.sql("select id, external_ref from proposal where edition_id = ?").param(editionId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
