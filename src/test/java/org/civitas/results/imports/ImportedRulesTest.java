package org.civitas.results.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionService;
import org.civitas.identity.Role;
import org.civitas.results.Outcome;
import org.civitas.results.PoolResult;
import org.civitas.results.ProjectResult;
import org.civitas.results.ResultsService;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An imported past edition is counted by the file's own rule, so that its published results fund the file's
 * winners. The shared files' outcomes happen not to depend on the rule, so two are changed in one cost each until
 * they do: a no-skip count that stops before a cheap project, and a threshold that refuses one that fits.
 */
class ImportedRulesTest extends IntegrationTest {

    @Autowired
    PabulibImportService imports;
    @Autowired
    EditionService editions;
    @Autowired
    ResultsService results;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void official() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
    }

    /** See {@link PabulibFiles#gdyniaStoppingBeforeACheapProject()}. */
    @Test
    void a_no_skip_file_stops_at_the_first_project_that_does_not_fit_as_the_city_counted_it() throws Exception {
        long edition = imports.importFile(PabulibFiles.gdyniaStoppingBeforeACheapProject(), "gdynia.pb").editionId();

        PoolResult pool = results.publish(edition).pools().get(0);

        assertThat(editions.details(edition).countingRule()).isEqualTo(CountingRule.POINTS_NO_SKIP);
        assertThat(pool.rule()).isEqualTo("greedy-no-skip");
        Map<String, Outcome> outcomes = outcomes(edition, pool);
        assertThat(funded(edition, pool)).containsExactly("3", "2", "1", "6");
        assertThat(outcomes).containsEntry("5", Outcome.DID_NOT_FIT).containsEntry("4", Outcome.NOT_ENOUGH_POINTS);
        assertThat(pool.moneyLeft()).isEqualByComparingTo("10570");
    }

    /**
     * Warsaw, Stare Bielany (800,000 PLN, threshold 121 votes), with project 1962 (53 votes) at 30,000 instead of
     * 139,500: it fits the 32,850 left, and only the file's threshold keeps it out.
     */
    @Test
    void a_threshold_file_keeps_its_threshold_so_a_project_below_it_is_not_funded_though_it_fits() throws Exception {
        String file = text("Poland_Warszawa_2018_Stare_Bielany.pb").replace("\n1962;139500;", "\n1962;30000;");
        assertThat(file).contains("\n1962;30000;53;");
        long edition = imported(file);

        PoolResult pool = results.publish(edition).pools().get(0);

        assertThat(pool.moneyLeft()).as("it would fit").isGreaterThanOrEqualTo(new java.math.BigDecimal("30000"));
        assertThat(editions.details(edition).minPoints()).isEqualTo(121);
        assertThat(funded(edition, pool)).containsExactlyInAnyOrder("1924", "1293", "1080", "1957", "746", "1282", "2195",
                "1260", "978", "1550");
        assertThat(outcomes(edition, pool)).containsEntry("1962", Outcome.BELOW_THRESHOLD);
    }

    @Test
    void poznans_file_is_counted_by_poznans_rule_and_funds_its_official_winners() throws Exception {
        long edition = imported(text("Poland_Poznan_2024_10_-_Swierczewo_Wilda_Zielony_Debiec__small.pb"));

        PoolResult pool = results.publish(edition).pools().get(0);

        assertThat(editions.details(edition).countingRule()).isEqualTo(CountingRule.POINTS_POZNAN);
        assertThat(pool.rule()).isEqualTo("greedy-custom");
        assertThat(funded(edition, pool)).containsExactly("RM-X.2", "RM-X.1");
    }

    @Test
    void a_file_whose_rule_cannot_be_reproduced_is_counted_by_points_and_its_preview_says_so() throws Exception {
        String name = "Poland_Warszawa_2024_Wesola.pb";

        ImportPreview preview = imports.preview(PabulibImportServiceTest.bytes(name), name);
        ImportPreview reproduced = imports.preview(PabulibImportServiceTest.bytes("Poland_Lodz_2022_Nr_33.pb"), "l.pb");

        assertThat(preview.rule()).isEqualTo(new FileRule("greedy-exclusive", CountingRule.POINTS, 1, false));
        assertThat(reproduced.rule()).isEqualTo(new FileRule("greedy-threshold", CountingRule.POINTS, 50, true));
    }

    private long imported(String file) {
        return imports.importFile(file.getBytes(StandardCharsets.UTF_8), "changed.pb").editionId();
    }

    private static String text(String name) throws Exception {
        return PabulibFiles.text(name);
    }

    /** The funded projects' pabulib ids, in counting order. */
    private List<String> funded(long edition, PoolResult pool) {
        Map<Long, String> refs = refs(edition);
        return pool.funded().stream().map(p -> refs.get(p.proposalId())).toList();
    }

    private Map<String, Outcome> outcomes(long edition, PoolResult pool) {
        Map<Long, String> refs = refs(edition);
        return pool.projects().stream().collect(Collectors.toMap(p -> refs.get(p.proposalId()), ProjectResult::outcome));
    }

    private Map<Long, String> refs(long edition) {
        return jdbc.sql("select id, external_ref from proposal where edition_id = ?").param(edition)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
