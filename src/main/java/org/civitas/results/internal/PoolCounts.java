package org.civitas.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.ProposalCard;
import org.civitas.results.Outcome;
import org.civitas.results.PoolResult;
import org.civitas.results.ProjectResult;
import org.civitas.shared.Language;
import org.civitas.tally.Election;
import org.civitas.tally.Project;
import org.civitas.tally.ProjectOutcome;
import org.civitas.tally.Rule;
import org.civitas.tally.Tally;
import org.civitas.tally.TallyResult;
import org.civitas.voting.BallotExport;
import org.springframework.stereotype.Component;

/**
 * Counts a pool by the edition's rule; by points it counts as Kraków does (docs/adr/0007-counting-results.md): greedy,
 * never funding a project with fewer points than the edition's least (Kraków: 1), ties broken by more ballots, then
 * the lower cost, then the earlier submission. The tie rule is the projects' order in the election, which the
 * counting library keeps for equal scores, so the published pabulib file carries it and recounts to the same result.
 */
@Component
public class PoolCounts {

    private static final int ALL = 5000;

    /** The counting library's rule for an edition's counting rule. */
    public static Rule rule(CountingRule counting) {
        return switch (counting) {
            case POINTS -> Rule.GREEDY_THRESHOLD;
            case POINTS_NO_SKIP -> Rule.GREEDY_NO_SKIP;
            case POINTS_POZNAN -> Rule.GREEDY_CUSTOM;
            case EQUAL_SHARES -> Rule.EQUAL_SHARES;
        };
    }

    private final BallotExport export;
    private final CatalogueService catalogue;

    PoolCounts(BallotExport export, CatalogueService catalogue) {
        this.export = export;
        this.catalogue = catalogue;
    }

    /**
     * The pool's vote with its projects in counting order and the rule in META, with the edition's least points as
     * the threshold when the rule has one.
     */
    public Election election(EditionDetails edition, long poolId, Rule rule) {
        long editionId = edition.id();
        Election raw = export.election(editionId, poolId);
        Map<String, Integer> submitted = new HashMap<>();
        List<ProposalCard> newestFirst = cards(editionId, poolId, null);
        for (int i = 0; i < newestFirst.size(); i++) {
            submitted.put(String.valueOf(newestFirst.get(i).id()), newestFirst.size() - i);
        }
        List<Project> ordered = raw.projects().stream().sorted(Comparator
                .comparingLong((Project p) -> p.score().orElse(0)).reversed()
                .thenComparing(Comparator.comparingLong(Project::votes).reversed())
                .thenComparing(Project::cost)
                .thenComparingInt(p -> submitted.getOrDefault(p.id(), Integer.MAX_VALUE))).toList();
        var meta = new LinkedHashMap<>(raw.meta());
        meta.put("currency", "PLN");
        meta.put("rule", rule.pabulibName());
        if (rule == Rule.GREEDY_THRESHOLD) {
            meta.put("min_project_score_threshold", String.valueOf(edition.minPoints()));
        }
        return new Election(meta, ordered, raw.ballots());
    }

    /**
     * The pool counted by the rule; titles in the reader's language where the author translated them. Money left is
     * never below zero: Poznań's rule may fund a project beyond the pool from reserve money.
     */
    public PoolResult count(EditionDetails edition, PoolSummary pool, Rule rule, Language reader) {
        long editionId = edition.id();
        Election election = election(edition, pool.id(), rule);
        TallyResult result = Tally.count(election, rule);
        Map<Long, String> titles = titles(editionId, pool.id(), reader);
        List<ProjectResult> projects = new ArrayList<>();
        for (int i = 0; i < election.projects().size(); i++) {
            Project p = election.projects().get(i);
            ProjectOutcome o = result.outcome(p.id());
            long id = Long.parseLong(p.id());
            projects.add(new ProjectResult(id, titles.getOrDefault(id, p.name()), i + 1, p.score().orElse(0),
                    p.votes(), p.cost(), Outcome.of(o.status()), o.moneyLeft(),
                    o.price() == null ? null : o.price().effectiveSupport(), o.costCovered()));
        }
        return new PoolResult(pool.id(), pool.districtId(), rule.pabulibName(), pool.amount(),
                pool.amount().subtract(result.spent()).max(BigDecimal.ZERO), election.ballots().size(), projects);
    }

    /** Titles of the pool's proposals by id. */
    public Map<Long, String> titles(long editionId, long poolId, Language reader) {
        Map<Long, String> titles = new HashMap<>();
        cards(editionId, poolId, reader).forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    private List<ProposalCard> cards(long editionId, long poolId, Language reader) {
        return catalogue.search(new CatalogueQuery(editionId, "", poolId, null, null, null,
                CatalogueQuery.Order.NEWEST, reader), 0, ALL);
    }
}
