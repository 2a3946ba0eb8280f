package org.civitas.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionForms;
import org.civitas.budget.EditionService;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolSummary;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A Kraków-shaped edition in its voting days for {@link VotingBenchmark}, with its final list and its voters. */
final class BenchmarkEdition {

    static final int CITY_PROJECTS = 20;
    static final int DISTRICT_PROJECTS = 10;

    record Voter(int n, long accountId, String email, long districtId) {
    }

    private final EditionDetails edition;
    private final JdbcTemplate jdbc;
    private final Map<Long, List<Long>> projectsByPool;
    private final PoolSummary city;

    private BenchmarkEdition(EditionDetails edition, JdbcTemplate jdbc, Map<Long, List<Long>> projectsByPool) {
        this.edition = edition;
        this.jdbc = jdbc;
        this.projectsByPool = projectsByPool;
        this.city = edition.pools().stream().filter(PoolSummary::cityWide).findFirst().orElseThrow();
    }

    static BenchmarkEdition prepare(ConfigurableApplicationContext context) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_OFFICIAL"))));
        var editions = context.getBean(EditionService.class);
        LocalDate today = editions.today();
        var form = EditionForms.valid("Benchmark " + UUID.randomUUID(), today,
                context.getBean(DistrictService.class).all());
        form.setBallotKind(BallotRule.Kind.KRAKOW_POINTS);
        // ten days for each phase before the vote, which runs from yesterday to tomorrow
        LocalDate day = today.minusDays(1 + 10L * Phase.VOTING.ordinal());
        for (Phase phase : Phase.values()) {
            int length = phase == Phase.VOTING ? 3 : 10;
            form.phase(phase).setStart(day);
            form.phase(phase).setEnd(day.plusDays(length - 1L));
            day = day.plusDays(length);
        }
        EditionDetails edition = editions.details(editions.create(form));
        SecurityContextHolder.clearContext();
        var jdbc = context.getBean(JdbcTemplate.class);
        return new BenchmarkEdition(edition, jdbc, finalList(edition, jdbc));
    }

    /** The final list written straight into proposal, as if review had passed it. */
    private static Map<Long, List<Long>> finalList(EditionDetails edition, JdbcTemplate jdbc) {
        long author = new Residents(jdbc).ids(new Residents(jdbc).of(edition.pools().get(1).districtId(), 1)).get(0);
        long category = edition.categories().get(0).id();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (PoolSummary pool : edition.pools()) {
            for (int i = 1; i <= (pool.cityWide() ? CITY_PROJECTS : DISTRICT_PROJECTS); i++) {
                String title = "Project " + i + " of pool " + pool.id();
                rows.add(new Object[] {edition.id(), pool.id(), category, author, title, "Summary", "Description",
                    pool.cityWide() ? 500_000 : 50_000, now, title, now, now});
            }
        }
        jdbc.batchUpdate("insert into proposal (edition_id, pool_id, category_id, author_id, status, language, title, "
                + "summary, description, total_cost, e_supports, submitted_at, search_text, created_at, updated_at) "
                + "values (?, ?, ?, ?, 'ON_BALLOT', 'pl', ?, ?, ?, ?, 15, ?, ?, ?, ?)", rows);
        return jdbc.query("select pool_id, id from proposal where edition_id = ? order by id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, edition.id()).stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
    }

    long id() {
        return edition.id();
    }

    /** {@code count} residents spread over the districts, each with its own PESEL number. */
    List<Voter> voters(int count) {
        var residents = new Residents(jdbc);
        List<PoolSummary> districts = edition.pools().stream().filter(p -> !p.cityWide()).toList();
        List<Voter> voters = new ArrayList<>(count);
        int each = (count + districts.size() - 1) / districts.size();
        for (PoolSummary district : districts) {
            List<String> emails = residents.of(district.districtId(), each);
            List<Long> ids = residents.ids(emails);
            for (int i = 0; i < each; i++) {
                voters.add(new Voter(voters.size() + 1, ids.get(i), emails.get(i), district.districtId()));
            }
        }
        Collections.shuffle(voters, new Random(2027));
        return voters.subList(0, count);
    }

    /** Three city-wide and three district projects ranked 3, 2, 1, chosen by the voter's number. */
    List<BallotChoice> ballot(Voter voter) {
        long districtPool = edition.pools().stream().filter(p -> Long.valueOf(voter.districtId()).equals(p.districtId()))
                .findFirst().orElseThrow().id();
        var random = new Random(voter.n());
        List<BallotChoice> choices = new ArrayList<>(6);
        for (long pool : List.of(city.id(), districtPool)) {
            List<Long> projects = new ArrayList<>(projectsByPool.get(pool));
            Collections.shuffle(projects, random);
            for (int rank = 0; rank < 3; rank++) {
                choices.add(new BallotChoice(pool, projects.get(rank), BallotRules.KRAKOW_POINTS[rank]));
            }
        }
        return choices;
    }
}
