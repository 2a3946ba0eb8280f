package org.civitas.results.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;

import org.civitas.results.ResultsService;
import org.civitas.results.imports.PabulibImportService;
import org.civitas.shared.Language;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibWriter;
import org.civitas.tally.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo results, so a visitor of the demo sees a results page, its chart and its open data: a past edition with
 * made-up projects and 600 made-up approval ballots (a fixed seed, so every start gives the same figures), imported
 * through the pabulib import an official would use, then published. Runs once: not when any results exist.
 */
@Component
@Profile("dev")
@Order(60)
class DemoResults implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
    private static final BigDecimal BUDGET = new BigDecimal("3000000");
    private static final int VOTERS = 600;
    private static final String DEMO_OFFICIAL = "official@civitas.demo";
    /** Titles and costs; the first ones are drawn as the most popular. */
    private static final Map<String, Long> PROJECTS = demoProjects();

    private final PabulibImportService imports;
    private final ResultsService results;

    DemoResults(PabulibImportService imports, ResultsService results) {
        this.imports = imports;
        this.results = results;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!results.publishedEditions(Language.DEFAULT).isEmpty()) {
            return;
        }
        // the import and the publication are officials' actions: the demo official (DemoAccounts) does them, and
        // stands as the imported projects' author, as an official importing a file does
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                DEMO_OFFICIAL, null, List.of(new SimpleGrantedAuthority("ROLE_OFFICIAL"))));
        try {
            byte[] file = PabulibWriter.toText(election()).getBytes(StandardCharsets.UTF_8);
            long editionId = imports.importFile(file, "demo.pb").editionId();
            results.publish(editionId);
            log.info("Seeded demo results in edition {}", editionId);
        } catch (RuntimeException e) {
            // the demo is still worth starting without its results page
            log.warn("No demo results: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Election election() {
        var random = new Random(2025);
        List<String> ids = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        PROJECTS.forEach((title, cost) -> {
            String id = "D" + (projects.size() + 1);
            ids.add(id);
            projects.add(new Project(id, BigDecimal.valueOf(cost), 0, OptionalLong.empty(), title, OptionalInt.empty(),
                    Map.of()));
        });
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 1; v <= VOTERS; v++) {
            List<String> chosen = new ArrayList<>();
            for (int p = 0; p < ids.size(); p++) {
                // popularity falls from about 60% for the first project to about 15% for the last
                if (random.nextDouble() < 0.6 - 0.45 * p / (ids.size() - 1)) {
                    chosen.add(ids.get(p));
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(ids.get(random.nextInt(ids.size())));
            }
            ballots.add(Ballot.of("v" + v, chosen.toArray(String[]::new)));
        }
        var meta = new LinkedHashMap<String, String>();
        meta.put("description", "Budżet obywatelski: przykładowe wyniki (demo)");
        meta.put("country", "Poland");
        meta.put("unit", "Demo");
        meta.put("instance", "2025");
        meta.put("num_projects", String.valueOf(projects.size()));
        meta.put("num_votes", String.valueOf(VOTERS));
        meta.put("budget", BUDGET.toPlainString());
        meta.put("vote_type", "approval");
        meta.put("rule", "greedy");
        meta.put("date_begin", "01.09.2025");
        meta.put("date_end", "15.09.2025");
        meta.put("language", "pl");
        meta.put("currency", "PLN");
        return withVotes(new Election(meta, projects, ballots));
    }

    /** Fills in each project's count of votes, as a real file has it. */
    private static Election withVotes(Election election) {
        List<Project> counted = election.projects().stream().map(p -> new Project(p.id(), p.cost(),
                election.ballots().stream().filter(b -> b.projectIds().contains(p.id())).count(), p.score(), p.name(),
                p.selected(), p.extras())).toList();
        return new Election(election.meta(), counted, election.ballots());
    }

    private static Map<String, Long> demoProjects() {
        var projects = new LinkedHashMap<String, Long>();
        projects.put("Zielone podwórka na Kazimierzu", 850_000L);
        projects.put("Bezpłatne kursy języka polskiego dla dorosłych", 240_000L);
        projects.put("Nowe ławki i poidełka na Bulwarach Wiślanych", 420_000L);
        projects.put("Rowerowa pętla wokół Plant", 1_600_000L);
        projects.put("Kino letnie w parku Jordana", 180_000L);
        projects.put("Świetlica sąsiedzka w Nowej Hucie", 950_000L);
        projects.put("Drzewa zamiast betonu: 300 nowych drzew", 600_000L);
        projects.put("Tłumacz w urzędzie: dyżury w czterech językach", 310_000L);
        projects.put("Plac zabaw dostępny dla wszystkich dzieci", 1_200_000L);
        projects.put("Warsztaty naprawy rowerów w bibliotekach", 90_000L);
        return projects;
    }
}
