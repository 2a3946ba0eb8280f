package org.civitas.results.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.results.EditionResults;
import org.civitas.results.Outcome;
import org.civitas.results.PoolResult;
import org.civitas.results.ResultsRuleException;
import org.civitas.results.ResultsService;
import org.civitas.shared.Csv;
import org.civitas.shared.Language;
import org.civitas.voting.VotingRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data (design.md §6), no login: the published results as JSON and CSV (409 until published), every public
 * proposal as CSV at any time, and a pool's anonymised ballots in pabulib format (409 until the vote has closed). An unknown
 * edition or pool is a 404, a pool that is not a number a 400, and so is an edition of several pools asked for its
 * ballots without naming one.
 */
@RestController
@RequestMapping("/api/v1/editions/{editionId}")
class ResultsApi {

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final int ALL = 1_000_000;

    record ResultsJson(long editionId, String publishedAt, List<PoolJson> pools) {
    }

    record PoolJson(long poolId, Long districtId, String rule, BigDecimal amount, BigDecimal moneyLeft, int ballots,
            String currency, List<ProjectJson> projects) {
    }

    record ProjectJson(long id, String title, int position, long points, long ballots, BigDecimal cost,
            boolean funded, String reason, BigDecimal moneyLeft, BigDecimal effectiveSupport, BigDecimal costCovered) {
    }

    private final ResultsService results;
    private final CatalogueService catalogue;
    private final EditionService editions;

    ResultsApi(ResultsService results, CatalogueService catalogue, EditionService editions) {
        this.results = results;
        this.catalogue = catalogue;
        this.editions = editions;
    }

    @GetMapping("/results")
    ResultsJson results(@PathVariable long editionId) {
        EditionResults r = published(editionId);
        return new ResultsJson(editionId, r.publishedAt().toString(), r.pools().stream().map(p -> new PoolJson(
                p.poolId(), p.districtId(), p.rule(), p.amount(), p.moneyLeft(), p.ballots(), "PLN",
                p.projects().stream().map(j -> new ProjectJson(j.proposalId(), j.title(), j.position(), j.points(),
                        j.ballots(), j.cost(), j.outcome().funded(), reason(j.outcome()), j.moneyLeft(),
                        j.effectiveSupport(), j.costCovered())).toList())).toList());
    }

    @GetMapping(value = "/results.csv", produces = CSV)
    String resultsCsv(@PathVariable long editionId) {
        var csv = new Csv("pool_id", "district_id", "project_id", "title", "position", "points", "ballots", "cost",
                "funded", "reason", "money_left", "effective_support", "cost_covered");
        for (PoolResult p : published(editionId).pools()) {
            p.projects().forEach(j -> csv.row(java.util.Arrays.asList(p.poolId(), p.districtId(), j.proposalId(),
                    j.title(), j.position(), j.points(), j.ballots(), j.cost(), j.outcome().funded() ? 1 : 0,
                    reason(j.outcome()), j.moneyLeft(), j.effectiveSupport(), j.costCovered())));
        }
        return csv.toString();
    }

    @GetMapping(value = "/projects.csv", produces = CSV)
    String projectsCsv(@PathVariable long editionId) {
        editions.details(editionId);
        var csv = new Csv("project_id", "pool_id", "category_id", "title", "summary", "language", "cost", "status",
                "supporters");
        catalogue.search(CatalogueQuery.of(editionId, null), 0, ALL).forEach(c -> csv.row(java.util.Arrays.asList(
                c.id(), c.poolId(), c.categoryId(), c.title(), c.summary(), c.original().code(), c.totalCost(),
                c.status().name().toLowerCase(), c.supporters())));
        return csv.toString();
    }

    /**
     * A pool's ballots file. Without {@code ?pool=} (the call design.md §6 names): the only pool's file when the
     * edition has one pool, else a 400 whose plain text lists the edition's pools as the calls that fetch them, one
     * per line, so a reader or a script can follow on; a file per pool is what pabulib and the tally command read.
     */
    @GetMapping(value = "/ballots.pb", produces = TEXT)
    ResponseEntity<String> ballots(@PathVariable long editionId, @RequestParam(required = false) Long pool) {
        if (pool != null) {
            return ResponseEntity.ok(results.ballotsFile(editionId, pool));
        }
        List<PoolSummary> pools = editions.details(editionId).pools();
        if (pools.size() == 1) {
            return ResponseEntity.ok(results.ballotsFile(editionId, pools.get(0).id()));
        }
        var calls = new StringBuilder();
        pools.forEach(p -> calls.append("/api/v1/editions/").append(editionId).append("/ballots.pb?pool=")
                .append(p.id()).append('\n'));
        return ResponseEntity.badRequest().contentType(MediaType.parseMediaType(TEXT)).body(calls.toString());
    }

    private EditionResults published(long editionId) {
        editions.details(editionId);
        return results.published(editionId, Language.DEFAULT)
                .orElseThrow(() -> new ResultsRuleException("results.error.not-published"));
    }

    /** The reason as a stable word for machines, e.g. {@code did-not-fit}; {@code funded} for a funded project. */
    private static String reason(Outcome outcome) {
        return outcome.name().toLowerCase().replace('_', '-');
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // a plain 404
    }

    @ExceptionHandler({VotingRuleException.class, ResultsRuleException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    void notYet() {
        // ballots after the vote has closed, results after their publication
    }
}
