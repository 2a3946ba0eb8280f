package org.civitas.panel.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civitas.panel.InvitationBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A panel's address list and its invitation batches, in plain SQL: an import writes up to 100,000 rows at once and
 * a batch gives thousands of them a code, which JDBC batches do in seconds where entities would take minutes.
 */
@Component
class AddressList {

    /** One invited household, as its letter and the mailing file show it. */
    record Letter(String address, String postcode, String city, String district, String code) {
    }

    /** A code on the list: its address and whether someone has already registered with it. */
    record Code(long addressId, boolean used) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AddressList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Holds the panel's row until the transaction ends, so two imports or draws of one panel run one after the other. */
    void lock(long panelId) {
        jdbc.sql("select id from panel where id = ? for update").param(panelId).query(Long.class).single();
    }

    Set<String> keys(long panelId) {
        return new HashSet<>(jdbc.sql("select address_key from panel_address where panel_id = ?").param(panelId)
                .query(String.class).list());
    }

    void add(long panelId, List<AddressFile.Row> rows) {
        template.batchUpdate("insert into panel_address (panel_id, source_line, address, address_key, postcode, city, "
                + "district) values (?, ?, ?, ?, ?, ?, ?)", rows, 1000, (statement, row) -> {
                    statement.setLong(1, panelId);
                    statement.setInt(2, row.line());
                    statement.setString(3, row.address());
                    statement.setString(4, row.key());
                    statement.setString(5, row.postcode());
                    statement.setString(6, row.city());
                    statement.setString(7, row.district());
                });
    }

    /** The addresses not invited yet, in the order of the list as imported: the order the seeded draw picks from. */
    List<Long> notInvited(long panelId) {
        return jdbc.sql("select id from panel_address where panel_id = ? and invited_batch_id is null order by id")
                .param(panelId).query(Long.class).list();
    }

    Set<String> codes(long panelId) {
        return new HashSet<>(jdbc.sql("select code from panel_address where panel_id = ? and code is not null")
                .param(panelId).query(String.class).list());
    }

    int nextBatchNumber(long panelId) {
        return jdbc.sql("select coalesce(max(batch_number), 0) + 1 from panel_invitation_batch where panel_id = ?")
                .param(panelId).query(Integer.class).single();
    }

    long createBatch(long panelId, int number, String seed, int size, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into panel_invitation_batch (panel_id, batch_number, seed, batch_size, drawn_at) "
                + "values (?, ?, ?, ?, ?)").params(panelId, number, seed, size, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void invite(long batchId, Map<Long, String> codes) {
        template.batchUpdate("update panel_address set invited_batch_id = ?, code = ? where id = ?",
                List.copyOf(codes.entrySet()), 1000, (statement, entry) -> {
                    statement.setLong(1, batchId);
                    statement.setString(2, entry.getValue());
                    statement.setLong(3, entry.getKey());
                });
    }

    /** The panel's batches, newest first, each with how many registered with one of its codes. */
    List<InvitationBatch> batches(long panelId) {
        return jdbc.sql("select b.batch_number, b.seed, b.batch_size, b.drawn_at, (select count(*) from panel_address a "
                + "where a.invited_batch_id = b.id and a.code_used_at is not null) from panel_invitation_batch b "
                + "where b.panel_id = ? order by b.batch_number desc").param(panelId)
                .query((rs, i) -> new InvitationBatch(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5))).list();
    }

    long count(long panelId) {
        return jdbc.sql("select count(*) from panel_address where panel_id = ?").param(panelId).query(Long.class)
                .single();
    }

    /** One batch's letters, sorted by postcode and address as the post office likes them. */
    List<Letter> letters(long panelId, int batchNumber) {
        return jdbc.sql("select a.address, a.postcode, a.city, a.district, a.code from panel_address a "
                + "join panel_invitation_batch b on b.id = a.invited_batch_id where b.panel_id = ? "
                + "and b.batch_number = ? order by a.postcode, a.address").params(panelId, batchNumber)
                .query((rs, i) -> new Letter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** The invited address with this code, its row held until the transaction ends. */
    Optional<Code> findCode(long panelId, String code) {
        return jdbc.sql("select id, code_used_at is not null from panel_address where panel_id = ? and code = ? "
                + "and invited_batch_id is not null for update").params(panelId, code)
                .query((rs, i) -> new Code(rs.getLong(1), rs.getBoolean(2))).optional();
    }

    void markUsed(long addressId, Instant at) {
        jdbc.sql("update panel_address set code_used_at = ? where id = ?").params(Timestamp.from(at), addressId)
                .update();
    }
}
