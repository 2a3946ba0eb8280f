package org.civitas.results.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.budget.CountingRule;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.ImportedEdition;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.Project;
import org.junit.jupiter.api.Test;

class EditionPlanTest {

    static final List<DistrictSummary> KRAKOW = List.of(new DistrictSummary(1, 1, "I", "Stare Miasto", 30000),
            new DistrictSummary(16, 16, "XVI", "Bieńczyce", 40000));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void a_krakow_file_naming_a_district_gets_that_districts_pool_whatever_its_accents() {
        assertThat(EditionPlan.district(Map.of("unit", "Krakow", "subunit", "BIENCZYCE"), KRAKOW))
                .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(16));
        assertThat(EditionPlan.district(Map.of("unit", "Kraków", "district", "Nowa Huta"), KRAKOW)).isEmpty();
        assertThat(EditionPlan.district(Map.of("unit", "Warszawa", "district", "Bieńczyce"), KRAKOW))
                .as("another city's district of the same name").isEmpty();
    }

    @Test
    void the_voting_days_come_from_the_file_and_never_reach_today() {
        assertThat(plan("01.09.2020", "15.09.2020", "2021").votingStart()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(plan("01.09.2020", "15.09.2020", "2021").votingEnd()).isEqualTo(LocalDate.of(2020, 9, 15));
        assertThat(plan("2019", "2019", "2019").votingEnd()).isEqualTo(LocalDate.of(2019, 12, 31));
        ImportedEdition future = plan("01.11.2026", "31.12.2026", "2026");
        assertThat(future.votingEnd()).isEqualTo(TODAY.minusDays(1));
        assertThat(future.votingStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(plan(null, null, "Zurich").votingEnd()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void the_name_adds_the_instance_only_when_the_description_lacks_it() {
        assertThat(EditionPlan.name(Map.of("description", "Assen Top Idee", "instance", "2024")))
                .isEqualTo("Assen Top Idee 2024");
        assertThat(EditionPlan.name(Map.of("description", "PB 2024 in Gdynia", "instance", "2024")))
                .isEqualTo("PB 2024 in Gdynia");
        assertThat(EditionPlan.name(Map.of("unit", "Gdynia", "subunit", "Orłowo", "instance", "2020")))
                .isEqualTo("Gdynia Orłowo 2020");
    }

    @Test
    void each_pabulib_rule_is_counted_by_the_rule_of_ours_that_reproduces_it_and_any_other_is_marked() {
        assertThat(rule("greedy", null, "Gdynia")).isEqualTo(new FileRule("greedy", CountingRule.POINTS, 0, true));
        assertThat(rule("greedy-threshold", "49.5", "Łódź"))
                .isEqualTo(new FileRule("greedy-threshold", CountingRule.POINTS, 50, true));
        assertThat(rule("greedy-threshold", null, "Łódź"))
                .isEqualTo(new FileRule("greedy-threshold", CountingRule.POINTS, 1, false));
        assertThat(rule("greedy-no-skip", "50", "Gdynia"))
                .isEqualTo(new FileRule("greedy-no-skip", CountingRule.POINTS_NO_SKIP, 0, true));
        assertThat(rule("greedy-custom", null, "Poznań"))
                .isEqualTo(new FileRule("greedy-custom", CountingRule.POINTS_POZNAN, 0, true));
        assertThat(rule("greedy-custom", null, "Gdańsk"))
                .isEqualTo(new FileRule("greedy-custom", CountingRule.POINTS, 1, false));
        assertThat(rule("equalshares/add1", null, "Assen"))
                .isEqualTo(new FileRule("equalshares/add1", CountingRule.EQUAL_SHARES, 0, true));
        assertThat(rule("equalshares/add1-comparison", null, "Świecie"))
                .isEqualTo(new FileRule("equalshares/add1-comparison", CountingRule.EQUAL_SHARES, 0, false));
        assertThat(rule("greedy-exclusive", null, "Warszawa")).extracting(FileRule::counting, FileRule::reproduced)
                .containsExactly(CountingRule.POINTS, false);
        assertThat(rule(null, null, "Zurich")).isEqualTo(new FileRule("", CountingRule.POINTS, 1, false));
    }

    private static FileRule rule(String rule, String threshold, String unit) {
        var meta = new LinkedHashMap<String, String>();
        meta.put("budget", "1000");
        meta.put("vote_type", "approval");
        meta.put("unit", unit);
        if (rule != null) {
            meta.put("rule", rule);
        }
        if (threshold != null) {
            meta.put("min_project_score_threshold", threshold);
        }
        return FileRule.of(new Election(meta, List.of(Project.of("A", 600, 1)), List.of(Ballot.of("1", "A"))));
    }

    private static ImportedEdition plan(String begin, String end, String instance) {
        var meta = new LinkedHashMap<String, String>();
        meta.put("budget", "1000");
        meta.put("vote_type", "approval");
        meta.put("instance", instance);
        if (begin != null) {
            meta.put("date_begin", begin);
            meta.put("date_end", end);
        }
        var projects = List.of(Project.of("A", 600, 1));
        var election = new Election(meta, projects, List.of(Ballot.of("1", "A")));
        return EditionPlan.of(election, projects, new BallotRule(BallotRule.Kind.APPROVAL, 1), java.util.Optional.empty(),
                TODAY);
    }
}
