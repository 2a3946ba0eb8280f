package org.civitas.voting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civitas.voting.BallotChoice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ballot box: one row per pool of a ballot with a random id, its choices, and the hash of the voter's
 * receipt. Nothing here says who voted or when; rows are keyed by random UUIDs, so not even their order does.
 */
@Component
public class BallotBox {

    private static final int ROWS_PER_INSERT = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BallotBox(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Puts one pool's part of a ballot in the box; {@code invalidReason} for a spoilt paper card. */
    public void put(long editionId, long poolId, List<BallotChoice> choices, String receiptHash, String invalidReason) {
        String id = UUID.randomUUID().toString();
        template.update("insert into ballot (id, edition_id, pool_id, receipt_hash, invalid_reason) values (?, ?, ?, ?, ?)",
                id, editionId, poolId, receiptHash, invalidReason);
        if (!choices.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(choices.size());
            for (BallotChoice c : choices) {
                rows.add(new Object[] {id, c.proposalId(), c.points()});
            }
            template.batchUpdate("insert into ballot_choice (ballot_id, proposal_id, points) values (?, ?, ?)", rows);
        }
    }

    /**
     * Puts ballots of a past vote in the box, without receipts. Written as multi-row inserts, since a city-wide
     * file holds tens of thousands of ballots and one statement per row would take minutes.
     */
    public void putAll(long editionId, long poolId, List<List<BallotChoice>> ballots) {
        // random ids, written in their sorted order, so each insert appends to the tables' clustered keys instead of
        // splitting pages all over them (a generated file of 100,000 ballots went from about 23 s to 16-18 s)
        List<String> ids = new ArrayList<>(ballots.size());
        for (int i = 0; i < ballots.size(); i++) {
            ids.add(UUID.randomUUID().toString());
        }
        java.util.Collections.sort(ids);
        List<Object[]> ballotRows = new ArrayList<>(ballots.size());
        List<Object[]> choiceRows = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            String id = ids.get(i);
            ballotRows.add(new Object[] {id, editionId, poolId});
            ballots.get(i).stream().sorted(java.util.Comparator.comparingLong(BallotChoice::proposalId))
                    .forEach(c -> choiceRows.add(new Object[] {id, c.proposalId(), c.points()}));
        }
        insertRows("insert into ballot (id, edition_id, pool_id) values ", "(?, ?, ?)", ballotRows);
        insertRows("insert into ballot_choice (ballot_id, proposal_id, points) values ", "(?, ?, ?)", choiceRows);
    }

    private void insertRows(String insert, String row, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = insert + String.join(", ", java.util.Collections.nCopies(chunk.size(), row));
            template.update(sql, chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }

    public boolean holdsReceipt(String receiptHash) {
        return jdbc.sql("select count(*) from ballot where receipt_hash = ?").param(receiptHash)
                .query(Integer.class).single() > 0;
    }

    /** The edition of the ballot with this receipt, if any. */
    public java.util.Optional<Long> editionOfReceipt(String receiptHash) {
        return jdbc.sql("select edition_id from ballot where receipt_hash = ? limit 1").param(receiptHash)
                .query(Long.class).optional();
    }

    /** Every receipt hash of the edition, sorted, each once. */
    public List<String> receiptHashes(long editionId) {
        return jdbc.sql("select distinct receipt_hash from ballot where edition_id = ? and receipt_hash is not null "
                + "order by receipt_hash").param(editionId).query(String.class).list();
    }

    /** The pool's valid ballots (online and counted paper ones) by their random ids, in id order. */
    public Map<String, List<BallotChoice>> validChoices(long editionId, long poolId) {
        Map<String, List<BallotChoice>> ballots = new LinkedHashMap<>();
        jdbc.sql("select b.id, c.proposal_id, c.points from ballot b join ballot_choice c on c.ballot_id = b.id "
                + "where b.edition_id = ? and b.pool_id = ? and b.invalid_reason is null order by b.id, c.proposal_id")
                .params(editionId, poolId)
                .query((rs, i) -> ballots.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new BallotChoice(poolId, rs.getLong(2), rs.getInt(3))))
                .list();
        return ballots;
    }

    /** Per pool: valid and invalid ballots. */
    public Map<Long, int[]> countByPool(long editionId) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("select pool_id, sum(invalid_reason is null), sum(invalid_reason is not null) from ballot "
                + "where edition_id = ? group by pool_id").param(editionId)
                .query((rs, i) -> counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return counts;
    }
}
