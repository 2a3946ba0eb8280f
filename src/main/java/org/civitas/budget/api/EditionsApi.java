package org.civitas.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.LocalizedName;
import org.civitas.budget.Phase;
import org.civitas.shared.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data (design.md §6): {@code GET /api/v1/editions}, read-only, no login. Its own records, so that the
 * published JSON stays stable whatever the services' records become.
 */
@RestController
@RequestMapping("/api/v1/editions")
class EditionsApi {

    record EditionJson(long id, Map<String, String> name, Phase currentPhase, List<PhaseJson> phases,
            List<PoolJson> pools, List<CategoryJson> categories, BallotJson ballot, SupportJson support) {
    }

    record PhaseJson(Phase phase, LocalDate start, LocalDate end) {
    }

    record PoolJson(long id, Integer districtNumber, String districtName, BigDecimal amount, BigDecimal minCost,
            BigDecimal maxCost, String currency) {
    }

    record CategoryJson(long id, Map<String, String> name) {
    }

    record BallotJson(BallotRule.Kind rule, Integer parameter, Integer minimumAge) {
    }

    record SupportJson(int supporters, int days) {
    }

    private final EditionService editions;
    private final DistrictService districts;

    EditionsApi(EditionService editions, DistrictService districts) {
        this.editions = editions;
        this.districts = districts;
    }

    @GetMapping
    List<EditionJson> editions() {
        Map<Long, DistrictSummary> byId = new LinkedHashMap<>();
        districts.all().forEach(d -> byId.put(d.id(), d));
        return editions.editions().stream().map(e -> json(editions.details(e.id()), e.phaseToday().orElse(null), byId))
                .toList();
    }

    private static EditionJson json(EditionDetails d, Phase current, Map<Long, DistrictSummary> districts) {
        return new EditionJson(d.id(), names(d.name()), current,
                d.phases().stream().map(p -> new PhaseJson(p.phase(), p.start(), p.end())).toList(),
                d.pools().stream().map(p -> {
                    DistrictSummary district = p.districtId() == null ? null : districts.get(p.districtId());
                    return new PoolJson(p.id(), district == null ? null : district.number(),
                            district == null ? null : district.name(), p.amount(), p.minCost(), p.maxCost(), "PLN");
                }).toList(),
                d.categories().stream().map(c -> new CategoryJson(c.id(), names(c.name()))).toList(),
                new BallotJson(d.ballotRule().kind(), d.ballotRule().parameter(), d.minAgeToVote()),
                new SupportJson(d.support().supporters(), d.support().days()));
    }

    /** Every language's name, the Polish one standing in where a translation is missing. */
    private static Map<String, String> names(LocalizedName name) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            names.put(language.code(), name.in(language));
        }
        return names;
    }
}
