package org.civitas.proposal.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalCard;
import org.civitas.proposal.ProposalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data (design.md §6): {@code GET /api/v1/editions/{id}/projects}, every submitted proposal of an edition
 * with its public fields only, in its original language; no login. Drafts and authors are never in it.
 */
@RestController
@RequestMapping("/api/v1/editions/{editionId}/projects")
class ProjectsApi {

    /** More than any edition has had; the list is whole, not paged. */
    private static final int ALL = 1_000_000;

    record ProjectJson(long id, String title, String summary, String language, PoolJson pool, long categoryId,
            BigDecimal cost, String currency, ProposalStatus status, int supports) {
    }

    record PoolJson(long id, Integer districtNumber, String districtName) {
    }

    private final CatalogueService catalogue;
    private final EditionService editions;
    private final DistrictService districts;

    ProjectsApi(CatalogueService catalogue, EditionService editions, DistrictService districts) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.districts = districts;
    }

    @GetMapping
    List<ProjectJson> projects(@PathVariable long editionId) {
        EditionDetails edition = editions.details(editionId);
        var query = new CatalogueQuery(editionId, "", null, null, null, null, CatalogueQuery.Order.NEWEST, null);
        var all = districts.all();
        return catalogue.search(query, 0, ALL).stream().map(card -> json(card, edition, all)).toList();
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void noSuchEdition() {
        // an unknown edition is a plain 404, without a body that could leak anything
    }

    private static ProjectJson json(ProposalCard card, EditionDetails edition, List<DistrictSummary> districts) {
        PoolSummary pool = edition.pools().stream().filter(p -> p.id() == card.poolId()).findFirst().orElseThrow();
        DistrictSummary district = pool.cityWide() ? null
                : districts.stream().filter(d -> d.id() == pool.districtId()).findFirst().orElse(null);
        return new ProjectJson(card.id(), card.title(), card.summary(), card.original().code(),
                new PoolJson(pool.id(), district == null ? null : district.number(),
                        district == null ? null : district.name()),
                card.categoryId(), card.totalCost(), "PLN", card.status(), card.supporters());
    }
}
