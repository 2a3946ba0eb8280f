package org.civitas.results.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.budget.BallotRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.budget.Phase;
import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibReader;
import org.civitas.tally.Project;
import org.civitas.tally.Rule;
import org.civitas.budget.CountingRule;
import org.civitas.results.PoolResult;
import org.civitas.results.ResultsService;
import org.civitas.tally.Tally;
import org.civitas.tally.VoteType;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class PabulibImportServiceTest extends IntegrationTest {

    static final Path DATA = Path.of("/work/shared/data/pabulib");

    @Autowired
    PabulibImportService imports;
    @Autowired
    EditionService editions;
    @Autowired
    VotingService voting;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResultsService results;

    @Test
    void a_small_approval_file_becomes_a_past_edition_with_every_project_and_ballot() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        ImportedPastEdition imported = imports.importFile(bytes("Netherlands_Assen_2024.pb"), "Netherlands_Assen_2024.pb");

        assertThat(imported.projects()).isEqualTo(14);
        assertThat(imported.ballots()).isEqualTo(84);
        EditionDetails edition = editions.details(imported.editionId());
        assertThat(edition.name().in(Language.UK)).isEqualTo("Assen Top Idee 2024");
        assertThat(edition.pools()).singleElement().satisfies(p -> {
            assertThat(p.cityWide()).isTrue();
            assertThat(p.amount()).isEqualByComparingTo("100000");
        });
        assertThat(edition.ballotRule().kind()).isEqualTo(BallotRule.Kind.APPROVAL);
        assertThat(edition.phase(Phase.VOTING)).hasValueSatisfying(v -> assertThat(v.end()).isBefore(editions.today()));
        assertThat(editions.currentPhase(imported.editionId())).isEmpty();
        assertThat(editions.editions()).filteredOn(e -> e.id() == imported.editionId())
                .singleElement().extracting(EditionSummary::imported).isEqualTo(true);
        assertThat(voting.currentEdition()).isNotEqualTo(java.util.Optional.of(imported.editionId()));
        assertVotesMatchTheFile(imported.editionId(), read("Netherlands_Assen_2024.pb"));
    }

    @Test
    void a_file_of_over_four_thousand_ballots_is_imported_whole_and_without_anyone_in_the_register() throws Exception {
        accounts.signIn(accounts.create(Role.ADMIN));
        long started = System.nanoTime();
        ImportedPastEdition imported = imports.importFile(bytes("Poland_Warszawa_2021_Ursus.pb"), "Ursus.pb");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Imported Poland_Warszawa_2021_Ursus.pb (4,255 ballots) in " + millis + " ms");

        assertThat(imported.projects()).isEqualTo(65);
        assertThat(imported.ballots()).isEqualTo(4255);
        assertThat(count("select count(*) from ballot where edition_id = ? and receipt_hash is null",
                imported.editionId())).isEqualTo(4255);
        assertThat(count("select count(*) from participation where edition_id = ?", imported.editionId())).isZero();
        assertThat(count("select count(*) from proposal where edition_id = ? and status = 'ON_BALLOT' "
                + "and external_ref is not null", imported.editionId())).isEqualTo(65);
        assertThat(editions.details(imported.editionId()).categories()).isNotEmpty();
        assertVotesMatchTheFile(imported.editionId(), read("Poland_Warszawa_2021_Ursus.pb"));
    }

    @Test
    void the_imported_ballots_recount_to_the_files_official_winners() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        for (String name : java.util.List.of("Netherlands_Assen_2024.pb", "Poland_Warszawa_2021_Ursus.pb")) {
            Election file = read(name);
            long editionId = imports.importFile(bytes(name), name).editionId();
            var official = file.projects().stream().filter(p -> p.selected().orElse(0) == 1).map(Project::id)
                    .collect(Collectors.toSet());
            var recount = Tally.count(fromTheBallotBox(editionId, file.budget()), Rule.byName(file.rule().orElseThrow())
                    .orElseThrow());
            assertThat(recount.selected()).as(name).containsExactlyInAnyOrderElementsOf(official);
        }
    }

    @Test
    void an_equal_shares_file_is_counted_by_equal_shares_and_its_published_results_fund_the_files_winners()
            throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        Election file = read("Netherlands_Assen_2024.pb");
        long editionId = imports.importFile(bytes("Netherlands_Assen_2024.pb"), "assen.pb").editionId();
        assertThat(editions.details(editionId).countingRule()).isEqualTo(CountingRule.EQUAL_SHARES);

        PoolResult pool = results.publish(editionId).pools().get(0);

        var official = file.projects().stream().filter(p -> p.selected().orElse(0) == 1).map(Project::id)
                .collect(Collectors.toSet());
        var refs = jdbc.sql("select id, external_ref from proposal where edition_id = ?").param(editionId)
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        assertThat(pool.equalShares()).isTrue();
        assertThat(pool.funded()).extracting(p -> refs.get(p.proposalId())).containsExactlyInAnyOrderElementsOf(official);
        assertThat(pool.funded()).allSatisfy(p -> assertThat(p.effectiveSupport()).isPositive());
    }

    @Test
    void the_results_preview_of_an_imported_greedy_file_funds_the_files_official_winners() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        String name = "Poland_Warszawa_2021_Ursus.pb";
        long editionId = imports.importFile(bytes(name), name).editionId();
        var official = read(name).projects().stream().filter(p -> p.selected().orElse(0) == 1).map(Project::id)
                .collect(Collectors.toSet());

        PoolResult pool = results.preview(editionId, Language.EN).pools().get(0);

        assertThat(pool.ballots()).isEqualTo(4255);
        assertThat(pool.funded()).extracting(p -> jdbc.sql("select external_ref from proposal where id = ?")
                .param(p.proposalId()).query(String.class).single()).containsExactlyInAnyOrderElementsOf(official);
    }

    @Test
    void withdrawn_projects_of_a_choose_one_file_are_left_out() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        Election file = read("Poland_Wroclaw_2017_Rejon_nr_11_750.pb");
        long withdrawn = file.projects().stream().filter(Project::withdrawn).count();
        assertThat(withdrawn).isPositive();

        ImportPreview preview = imports.preview(bytes("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"), "w.pb");
        ImportedPastEdition imported = imports.importFile(bytes("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"), "w.pb");

        assertThat(preview.withdrawn()).isEqualTo(withdrawn);
        assertThat(imported.projects()).isEqualTo(file.projects().size() - withdrawn).isEqualTo(preview.projects());
        assertThat(imported.ballots()).isEqualTo(file.ballots().size());
        assertVotesMatchTheFile(imported.editionId(), file);
    }

    @Test
    void a_cumulative_file_keeps_each_ballots_points() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        Election file = read("Poland_Czestochowa_2024_Srodmiescie.pb");
        ImportedPastEdition imported = imports.importFile(bytes("Poland_Czestochowa_2024_Srodmiescie.pb"), "c.pb");

        assertThat(editions.details(imported.editionId()).ballotRule().kind()).isEqualTo(BallotRule.Kind.CUMULATIVE);
        long points = file.ballots().stream().flatMap(b -> b.points().stream()).mapToLong(Long::longValue).sum();
        assertThat(count("select coalesce(sum(c.points), 0) from ballot_choice c join ballot b on b.id = c.ballot_id "
                + "where b.edition_id = ?", imported.editionId())).isEqualTo(points);
    }

    @Test
    void a_broken_file_saves_nothing_and_names_the_line() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        String text = Files.readString(DATA.resolve("Netherlands_Assen_2024.pb"));
        // project 3's cost, on line 20, made unreadable
        String broken = text.replace("\n3;7200;", "\n3;seven thousand;");
        int editionsBefore = editions.count();
        long ballotsBefore = count("select count(*) from ballot");

        assertThatThrownBy(() -> imports.importFile(broken.getBytes(StandardCharsets.UTF_8), "broken.pb"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("results.import.error.format");
                    assertThat(e.arguments()).containsExactly(20);
                    assertThat(e.problem()).hasValueSatisfying(p -> {
                        assertThat(p.key()).isEqualTo("results.import.problem.cost");
                        assertThat(p.arguments()).containsExactly("\"seven thousand\"", "3");
                    });
                });
        assertThat(editions.count()).isEqualTo(editionsBefore);
        assertThat(count("select count(*) from ballot")).isEqualTo(ballotsBefore);
    }

    @Test
    void a_failure_after_the_edition_was_written_undoes_it_all() throws Exception {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        // the edition is written before its projects; a project id longer than the table takes fails there
        String text = Files.readString(DATA.resolve("Netherlands_Assen_2024.pb"))
                .replace("num_projects;14", "num_projects;15")
                .replace("\n3;7200;", "\n" + "x".repeat(150) + ";100;0;Too long;0;\n3;7200;");
        int editionsBefore = editions.count();

        assertThatThrownBy(() -> imports.importFile(text.getBytes(StandardCharsets.UTF_8), "huge.pb"))
                .isInstanceOf(RuntimeException.class);
        assertThat(editions.count()).isEqualTo(editionsBefore);
    }

    @Test
    void a_scoring_file_is_refused_with_a_reason() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        String scoring = """
                META
                key;value
                description;Scored
                unit;Test
                instance;2020
                num_projects;1
                num_votes;1
                budget;100
                vote_type;scoring
                PROJECTS
                project_id;cost
                A;50
                VOTES
                voter_id;vote;points
                1;A;3
                """;
        assertThatThrownBy(() -> imports.preview(scoring.getBytes(StandardCharsets.UTF_8), "s.pb"))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.import.error.scoring"));
    }

    @Test
    void a_ranked_file_whose_ballots_are_not_krakows_three_ranks_is_refused_with_a_reason() {
        accounts.signIn(accounts.create(Role.OFFICIAL));
        String name = "US_Stanford_Dataset_PB_Chicago_39th_Ward_2020_vote_rankings.pb";
        int editionsBefore = editions.count();
        assertThatThrownBy(() -> imports.importFile(bytes(name), name))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.import.error.ordinal"));
        assertThat(editions.count()).isEqualTo(editionsBefore);
    }

    @Test
    void a_resident_may_not_import() throws Exception {
        accounts.signIn(accounts.create(Role.RESIDENT));
        byte[] file = bytes("Netherlands_Assen_2024.pb");
        assertThatThrownBy(() -> imports.importFile(file, "a.pb")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(file, "a.pb")).isInstanceOf(AccessDeniedException.class);
    }

    /** Each imported proposal is listed on as many ballots as the file's votes column says. */
    private void assertVotesMatchTheFile(long editionId, Election file) {
        Map<String, Long> listed = jdbc.sql("select p.external_ref, count(c.ballot_id) from proposal p "
                + "left join ballot_choice c on c.proposal_id = p.id where p.edition_id = ? group by p.external_ref")
                .param(editionId).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> expected = file.projects().stream().filter(p -> !p.withdrawn())
                .collect(Collectors.toMap(Project::id, Project::votes));
        assertThat(listed).isEqualTo(expected);
    }

    /** The imported pool as the count would read it: proposals in import (file) order, ballots from the box. */
    private Election fromTheBallotBox(long editionId, java.math.BigDecimal budget) {
        var projects = jdbc.sql("select p.external_ref, p.total_cost, (select count(*) from ballot_choice c "
                + "where c.proposal_id = p.id) from proposal p where p.edition_id = ? order by p.id").param(editionId)
                .query((rs, i) -> Project.of(rs.getString(1), rs.getBigDecimal(2).longValueExact(), rs.getLong(3)))
                .list();
        var ballots = new java.util.LinkedHashMap<String, java.util.List<String>>();
        jdbc.sql("select b.id, p.external_ref from ballot b left join ballot_choice c on c.ballot_id = b.id "
                + "left join proposal p on p.id = c.proposal_id where b.edition_id = ?").param(editionId)
                .query((rs, i) -> {
                    var listed = ballots.computeIfAbsent(rs.getString(1), id -> new java.util.ArrayList<>());
                    if (rs.getString(2) != null) {
                        listed.add(rs.getString(2));
                    }
                    return listed;
                }).list();
        var votes = ballots.entrySet().stream().map(b -> Ballot.of(b.getKey(), b.getValue().toArray(String[]::new)))
                .toList();
        return Election.of(budget, VoteType.APPROVAL, projects, votes);
    }

    private long count(String sql, Object... params) {
        var query = jdbc.sql(sql);
        for (Object p : params) {
            query = query.param(p);
        }
        return query.query(Long.class).single();
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(DATA.resolve(name));
    }

    private static Election read(String name) throws Exception {
        return PabulibReader.read(DATA.resolve(name));
    }
}
