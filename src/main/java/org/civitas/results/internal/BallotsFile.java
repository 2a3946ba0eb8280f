package org.civitas.results.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolSummary;
import org.civitas.shared.Language;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibWriter;
import org.civitas.tally.Rule;
import org.springframework.stereotype.Component;

/**
 * A pool's published ballots as pabulib text: the vote as the count reads it, with the META a reader needs to know
 * which vote it is (the edition and district, the voting days), so that importing the file elsewhere, or here as a
 * past edition, names it after the edition it came from.
 */
@Component
public class BallotsFile {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PoolCounts counts;
    private final DistrictService districts;

    BallotsFile(PoolCounts counts, DistrictService districts) {
        this.counts = counts;
        this.districts = districts;
    }

    public String text(EditionDetails edition, PoolSummary pool, Rule rule) {
        Election vote = counts.election(edition, pool.id(), rule);
        var meta = new LinkedHashMap<String, String>();
        String district = pool.cityWide() ? ""
                : districts.find(pool.districtId()).map(DistrictSummary::name).orElse("");
        String name = edition.name().in(Language.DEFAULT);
        meta.put("description", district.isEmpty() ? name : name + " – " + district);
        if (!district.isEmpty()) {
            meta.put("subunit", district);
        }
        edition.phase(Phase.VOTING).ifPresent(voting -> {
            meta.put("date_begin", DAY.format(voting.start()));
            meta.put("date_end", DAY.format(voting.end()));
        });
        meta.putAll(vote.meta());
        return PabulibWriter.toText(new Election(meta, vote.projects(), vote.ballots()));
    }
}
