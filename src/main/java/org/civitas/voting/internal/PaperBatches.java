package org.civitas.voting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civitas.voting.BallotChoice;
import org.civitas.voting.InvalidReason;
import org.civitas.voting.PaperBatchStatus;
import org.civitas.voting.PaperCard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Batches of paper cards and their two entries. No identity is stored here: a card is its marks and its place
 * in the stack, and a batch names only the officials who entered it.
 */
@Component
public class PaperBatches {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    PaperBatches(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** A batch row; {@code version} guards the status against two officials acting at once. */
    public record Batch(long id, long editionId, long poolId, String label, PaperBatchStatus status, long version) {
    }

    /** An entry row (one round). */
    public record Entry(long id, int round, String enteredBy, boolean finished, int cards) {
    }

    public long create(long editionId, long poolId, String label, String official) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into paper_batch (edition_id, pool_id, label, status, created_by, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)")
                .params(editionId, poolId, label, PaperBatchStatus.ENTERING.name(), official,
                        java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Batch> find(long batchId) {
        return jdbc.sql("select id, edition_id, pool_id, label, status, version from paper_batch where id = ?")
                .param(batchId).query(PaperBatches::batch).optional();
    }

    /** The batch, its row locked until the transaction ends. */
    public Optional<Batch> lock(long batchId) {
        return jdbc.sql("select id, edition_id, pool_id, label, status, version from paper_batch where id = ? for update")
                .param(batchId).query(PaperBatches::batch).optional();
    }

    public List<Batch> ofEdition(long editionId) {
        return jdbc.sql("select id, edition_id, pool_id, label, status, version from paper_batch where edition_id = ? "
                + "order by id").param(editionId).query(PaperBatches::batch).list();
    }

    public List<Entry> entries(long batchId) {
        return jdbc.sql("select e.id, e.round_no, e.entered_by, e.finished, (select count(*) from paper_card c "
                + "where c.entry_id = e.id) from paper_entry e where e.batch_id = ? order by e.round_no")
                .param(batchId).query((rs, i) -> new Entry(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getBoolean(4), rs.getInt(5))).list();
    }

    /** Replaces the round's cards (creating the entry on its first save) and marks it unfinished. */
    public void save(long batchId, int round, String official, List<PaperCard> cards) {
        long entryId = jdbc.sql("select id from paper_entry where batch_id = ? and round_no = ?")
                .params(batchId, round).query(Long.class).optional().orElseGet(() -> {
                    var keys = new GeneratedKeyHolder();
                    jdbc.sql("insert into paper_entry (batch_id, round_no, entered_by, finished) values (?, ?, ?, false)")
                            .params(batchId, round, official).update(keys, "id");
                    return keys.getKey().longValue();
                });
        jdbc.sql("update paper_entry set finished = false where id = ?").param(entryId).update();
        jdbc.sql("delete from paper_card where entry_id = ?").param(entryId).update();
        List<Object[]> rows = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            PaperCard card = cards.get(i);
            rows.add(new Object[] {entryId, i + 1, encode(card.marks()),
                    card.valid() ? null : card.invalid().name()});
        }
        template.batchUpdate("insert into paper_card (entry_id, position, choices, invalid_reason) values (?, ?, ?, ?)",
                rows);
    }

    public void finish(long entryId) {
        jdbc.sql("update paper_entry set finished = true where id = ?").param(entryId).update();
    }

    /** The round's cards in their order in the stack; marks carry the batch's pool. */
    public List<PaperCard> cards(long entryId, long poolId) {
        return jdbc.sql("select choices, invalid_reason from paper_card where entry_id = ? order by position")
                .param(entryId).query((rs, i) -> rs.getString(2) == null
                        ? PaperCard.marked(decode(rs.getString(1), poolId))
                        : PaperCard.invalid(InvalidReason.valueOf(rs.getString(2)))).list();
    }

    /**
     * Moves the batch on only if nobody else moved it since it was read.
     *
     * @return false when the batch has changed meanwhile (e.g. another official counted it)
     */
    public boolean move(Batch batch, PaperBatchStatus to) {
        return jdbc.sql("update paper_batch set status = ?, version = version + 1 where id = ? and version = ? and status = ?")
                .params(to.name(), batch.id(), batch.version(), batch.status().name()).update() == 1;
    }

    private static Batch batch(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Batch(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                PaperBatchStatus.valueOf(rs.getString(5)), rs.getLong(6));
    }

    // "proposal:points" pairs, e.g. "12:3,15:2,40:1"; the pool is the batch's, so it is not repeated per mark
    private static String encode(List<BallotChoice> marks) {
        return String.join(",", marks.stream().map(m -> m.proposalId() + ":" + m.points()).toList());
    }

    private static List<BallotChoice> decode(String choices, long poolId) {
        if (choices.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(choices.split(",")).map(pair -> pair.split(":"))
                .map(p -> new BallotChoice(poolId, Long.parseLong(p[0]), Integer.parseInt(p[1]))).toList();
    }
}
