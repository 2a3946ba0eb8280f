package org.civitas.proposal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.civitas.Application;
import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionForms;
import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.shared.Language;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how long the public catalogue takes on a large edition: 10,000 proposals with 100,000 supports in
 * MariaDB (a fresh test database, as the tests use), the first page (count and 50 cards) and a filtered full-text
 * search. Each figure is the first run and the median of 20 later runs, in milliseconds of server time (the
 * service call, SQL included, without the browser). Run after {@code ./mvnw -q test-compile}:
 *
 * <pre>java -cp "target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.civitas.proposal.CatalogueBenchmark</pre>
 */
public final class CatalogueBenchmark {

    private static final int PROPOSALS = 10_000;
    private static final int SUPPORTS_EACH = 10;
    private static final int ACCOUNTS = 2_000;
    private static final int RUNS = 20;
    private static final String[] WORDS = ("park skwer ławki drzewa zieleń plac zabaw siłownia plenerowa rowery stojaki "
            + "ścieżka rowerowa chodnik oświetlenie przejście dla pieszych sygnalizacja przystanek wiata biblioteka "
            + "książki kurs języka polskiego seniorzy klub młodzież szkoła przedszkole boisko bieżnia koszykówka "
            + "kino plenerowe koncert festyn sąsiedzki ogród społeczny łąka kwietna pszczoły karmniki poidełko "
            + "woda pitna toaleta publiczna monitoring bezpieczeństwo pomoc prawna migranci integracja tłumacz "
            + "warsztaty kultura teatr muzeum wystawa mural rzeźba fontanna kąpielisko basen lodowisko skatepark "
            + "pumptrack schody podjazd dostępność wózki niewidomi mapa tyflografika ławka parking rowerowy "
            + "drzewo nasadzenia krzewy trawnik rabaty deszczówka retencja ogród deszczowy zacienienie kurtyna wodna")
            .split(" ");

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) {
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        app.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "warn",
                "logging.level.org.civitas", "warn", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            EditionDetails edition = seed(context);
            var catalogue = context.getBean(CatalogueService.class);
            PoolSummary pool = edition.pools().get(5);
            var firstPage = CatalogueQuery.of(edition.id(), Language.PL);
            var search = new CatalogueQuery(edition.id(), "ławki park", pool.id(), null,
                    ProposalStatus.COLLECTING_SUPPORT, null, CatalogueQuery.Order.MOST_SUPPORTED, Language.PL);
            measure("first page: count + 50 newest cards", () -> catalogue.count(firstPage)
                    + catalogue.search(firstPage, 0, 50).size());
            measure("full-text 'ławki park' in one district, collecting, by supporters: count + 50 cards",
                    () -> catalogue.count(search) + catalogue.search(search, 0, 50).size());
            measure("page 100 (offset 4,950) of the whole edition", () -> catalogue.search(firstPage, 4_950, 50).size());
        }
    }

    private static EditionDetails seed(ConfigurableApplicationContext context) {
        var auth = UsernamePasswordAuthenticationToken.authenticated("benchmark", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICIAL")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        var editions = context.getBean(EditionService.class);
        var districts = context.getBean(DistrictService.class);
        long editionId = editions.create(EditionForms.valid("Benchmark " + UUID.randomUUID(), LocalDate.now(),
                districts.all()));
        EditionDetails edition = editions.details(editionId);
        var jdbc = context.getBean(JdbcTemplate.class);
        long started = System.nanoTime();
        var random = new Random(20270101L);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(new Object[] {"bench-" + i + "-" + editionId + "@example.org", "Resident " + i, now});
        }
        jdbc.batchUpdate("insert into account (email, display_name, language, status, created_at, version) "
                + "values (?, ?, 'pl', 'ACTIVE', ?, 0)", accounts);
        long firstAccount = jdbc.queryForObject("select min(id) from account where email like 'bench-%-" + editionId
                + "@example.org'", Long.class);
        long category = edition.categories().get(0).id();
        List<Object[]> proposals = new ArrayList<>();
        for (int i = 0; i < PROPOSALS; i++) {
            String title = words(random, 4 + random.nextInt(5));
            String summary = words(random, 15 + random.nextInt(10));
            String description = words(random, 80 + random.nextInt(70));
            PoolSummary pool = edition.pools().get(random.nextInt(edition.pools().size()));
            String status = random.nextInt(4) == 0 ? "IN_VERIFICATION" : "COLLECTING_SUPPORT";
            proposals.add(new Object[] {editionId, pool.id(), category, firstAccount + random.nextInt(ACCOUNTS), status,
                title, summary, description, 1000 + random.nextInt(30000), SUPPORTS_EACH,
                Timestamp.from(Instant.now().minusSeconds(random.nextInt(864_000))),
                title + "\n" + summary + "\n" + description, now, now});
        }
        jdbc.batchUpdate("insert into proposal (edition_id, pool_id, category_id, author_id, status, language, title, "
                + "summary, description, total_cost, e_supports, submitted_at, search_text, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, 'pl', ?, ?, ?, ?, ?, ?, ?, ?, ?)", proposals);
        List<Long> ids = jdbc.queryForList("select id from proposal where edition_id = ?", Long.class, editionId);
        List<Object[]> supports = new ArrayList<>();
        for (long id : ids) {
            int start = random.nextInt(ACCOUNTS - SUPPORTS_EACH);
            for (int s = 0; s < SUPPORTS_EACH; s++) {
                supports.add(new Object[] {id, firstAccount + start + s, now});
            }
        }
        jdbc.batchUpdate("insert into proposal_support (proposal_id, account_id, created_at) values (?, ?, ?)", supports);
        jdbc.execute("analyze table proposal, proposal_support");
        SecurityContextHolder.clearContext();
        System.out.printf("seeded %,d proposals and %,d supports (%,d accounts) in %.1f s%n", ids.size(),
                supports.size(), ACCOUNTS, (System.nanoTime() - started) / 1e9);
        return edition;
    }

    private static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static void measure(String what, Supplier<Integer> query) {
        long[] times = new long[RUNS];
        long cold = time(query);
        for (int i = 0; i < RUNS; i++) {
            times[i] = time(query);
        }
        Arrays.sort(times);
        System.out.printf("%-85s first %6.1f ms, median %6.1f ms, slowest %6.1f ms%n", what, cold / 1e6,
                times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6);
    }

    private static long time(Supplier<Integer> query) {
        long start = System.nanoTime();
        query.get();
        return System.nanoTime() - start;
    }
}
