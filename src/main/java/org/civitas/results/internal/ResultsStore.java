package org.civitas.results.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civitas.results.Outcome;
import org.civitas.results.PoolResult;
import org.civitas.results.ProjectResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published results tables (changelog 0013): written once per edition, read by anyone. */
@Component
public class ResultsStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ResultsStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Instant> publishedAt(long editionId) {
        return jdbc.sql("select published_at from results_publication where edition_id = ?").param(editionId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Editions with published results, the latest publication first. */
    public List<Map.Entry<Long, Instant>> publications() {
        return jdbc.sql("select edition_id, published_at from results_publication order by published_at desc")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** Claims the publication; the key refuses a second one, even one racing this. */
    public void publish(long editionId, Instant at, String by) {
        jdbc.sql("insert into results_publication (edition_id, published_at, published_by) values (?, ?, ?)")
                .params(editionId, Timestamp.from(at), by).update();
    }

    public void save(long editionId, PoolResult pool) {
        jdbc.sql("insert into results_pool (edition_id, pool_id, rule, amount, money_left, ballots) values (?, ?, ?, ?, ?, ?)")
                .params(editionId, pool.poolId(), pool.rule(), pool.amount(), pool.moneyLeft(), pool.ballots()).update();
        List<Object[]> rows = new ArrayList<>();
        for (ProjectResult p : pool.projects()) {
            rows.add(new Object[] {pool.poolId(), p.proposalId(), p.position(), p.points(), p.ballots(), p.cost(),
                    p.outcome().name(), p.moneyLeft(), p.effectiveSupport(), p.costCovered()});
        }
        template.batchUpdate("insert into results_project (pool_id, proposal_id, position, points, ballots, cost, "
                + "outcome, money_left, effective_support, cost_covered) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The published pools of the edition, each with its projects in counting order and these titles. */
    public List<PoolResult> pools(long editionId, Map<Long, Long> districts, TitleSource titles) {
        return jdbc.sql("select pool_id, rule, amount, money_left, ballots from results_pool where edition_id = ? "
                + "order by pool_id").param(editionId)
                .query((rs, i) -> new PoolRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5))).list().stream()
                .map(r -> new PoolResult(r.poolId(), districts.get(r.poolId()), r.rule(), r.amount(), r.moneyLeft(),
                        r.ballots(), projects(r.poolId(), titles.titles(r.poolId())))).toList();
    }

    private record PoolRow(long poolId, String rule, BigDecimal amount, BigDecimal moneyLeft, int ballots) {
    }

    private List<ProjectResult> projects(long poolId, Map<Long, String> titles) {
        return jdbc.sql("select proposal_id, position, points, ballots, cost, outcome, money_left, effective_support, "
                + "cost_covered from results_project where pool_id = ? order by position").param(poolId)
                .query((rs, i) -> new ProjectResult(rs.getLong(1), titles.getOrDefault(rs.getLong(1), ""), rs.getInt(2),
                        rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5), Outcome.valueOf(rs.getString(6)),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9))).list();
    }

    /** Titles of a pool's proposals by id, in the reader's language. */
    @FunctionalInterface
    public interface TitleSource {
        Map<Long, String> titles(long poolId);
    }
}
