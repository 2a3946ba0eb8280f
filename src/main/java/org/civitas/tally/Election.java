package org.civitas.tally;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civitas.tally.internal.Columns;
import org.civitas.tally.internal.MetaChecks;
import org.civitas.tally.internal.Numbers;
import org.civitas.tally.internal.OrderedMaps;

/**
 * One pool's vote: its META entries, its projects in official ranking order and its ballots. This
 * is what a pabulib file holds, and what the app builds from its own records to count a pool.
 *
 * @param meta     META entries in file order; {@code budget} and {@code vote_type} are required
 * @param projects the projects in file order, which breaks ties (pabulib lists them ranked)
 * @param ballots  the ballots in file order
 */
public record Election(Map<String, String> meta, List<Project> projects, List<Ballot> ballots) {

    public Election {
        meta = OrderedMaps.copy(meta);
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        requireValid(meta, projects);
    }

    /** An election built in code, with only the META entries counting needs. */
    public static Election of(BigDecimal budget, VoteType voteType, List<Project> projects, List<Ballot> ballots) {
        var meta = new LinkedHashMap<String, String>();
        meta.put(Columns.BUDGET, budget.toPlainString());
        meta.put(Columns.VOTE_TYPE, voteType.pabulibName());
        return new Election(meta, projects, ballots);
    }

    /** The money to allocate, in the pool's currency (it may have decimals). */
    public BigDecimal budget() {
        return Numbers.decimal(meta.get(Columns.BUDGET)).orElseThrow();
    }

    public VoteType voteType() {
        return VoteType.byName(meta.get(Columns.VOTE_TYPE)).orElseThrow();
    }

    /** The META {@code rule} as written: the rule that produced the official result. */
    public Optional<String> rule() {
        return Optional.ofNullable(meta.get(Columns.RULE));
    }

    /** META {@code min_project_score_threshold}: the least score (else votes) a funded project needs. */
    public Optional<BigDecimal> minProjectScoreThreshold() {
        return Optional.ofNullable(meta.get(Columns.THRESHOLD)).map(v -> Numbers.decimal(v).orElseThrow());
    }

    /** True when projects carry a score, so greedy rules rank by score rather than by votes. */
    public boolean hasScores() {
        return !projects.isEmpty() && projects.get(0).score().isPresent();
    }

    private static void requireValid(Map<String, String> meta, List<Project> projects) {
        MetaChecks.find(meta).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.text());
        });
        var ids = new HashSet<String>();
        for (Project p : projects) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("project " + p.id() + " appears twice");
            }
        }
        // The writer writes a score or selected column only when every project has a value for it.
        if (projects.stream().map(p -> p.score().isPresent()).distinct().count() > 1) {
            throw new IllegalArgumentException("some projects have a score and some have none");
        }
        if (projects.stream().map(p -> p.selected().isPresent()).distinct().count() > 1) {
            throw new IllegalArgumentException("some projects have a selected code and some have none");
        }
    }
}
