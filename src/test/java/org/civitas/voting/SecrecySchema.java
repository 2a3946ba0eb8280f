package org.civitas.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the current database's information_schema and names every place where the ballot box could identify
 * or date a voter (design.md §3, docs/adr/0006-secret-ballot.md). Each finding says table, column and rule.
 * The tables are chosen by a name prefix, so that the rules can be tried on deliberately bad tables too.
 */
final class SecrecySchema {

    static final Set<String> BALLOT_COLUMNS = Set.of("id", "edition_id", "pool_id", "receipt_hash", "invalid_reason",
            "ballot_id", "proposal_id", "points");
    static final Set<String> BALLOT_REFERENCES = Set.of("ballot", "edition", "pool", "proposal");
    static final Set<String> PARTICIPATION_COLUMNS = Set.of("edition_id", "identity_hash", "account_id", "channel",
            "voted_on", "age_band", "confirmation_due");
    static final Set<String> TIME_TYPES = Set.of("date", "datetime", "timestamp", "time", "year");

    private final JdbcTemplate jdbc;

    SecrecySchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What breaks the ballot box's rules in tables whose name starts with {@code prefix}. */
    List<String> ballotBox(String prefix) {
        List<String> found = new ArrayList<>();
        String like = prefix.replace("_", "\\_") + "%";
        jdbc.query("select lower(table_name), lower(column_name), lower(data_type), lower(coalesce(column_default, '')), "
                + "lower(extra) from information_schema.columns where table_schema = database() and table_name like ?",
                rs -> {
                    String at = rs.getString(1) + "." + rs.getString(2);
                    if (!BALLOT_COLUMNS.contains(rs.getString(2))) {
                        found.add(at + ": column outside the ballot box's allow-list");
                    }
                    if (TIME_TYPES.contains(rs.getString(3))) {
                        found.add(at + ": " + rs.getString(3) + " column, which could date a ballot");
                    }
                    if (rs.getString(5).contains("auto_increment")) {
                        found.add(at + ": auto_increment, which orders ballots by arrival");
                    }
                    if (rs.getString(4).contains("current_timestamp") || rs.getString(5).contains("current_timestamp")) {
                        found.add(at + ": defaults to or updates with the current time");
                    }
                }, like);
        jdbc.query("select lower(table_name), lower(column_name), index_name from information_schema.statistics "
                + "where table_schema = database() and table_name like ?", rs -> {
                    if (!BALLOT_COLUMNS.contains(rs.getString(2))) {
                        found.add(rs.getString(1) + "." + rs.getString(2) + ": index " + rs.getString(3)
                                + " on a column outside the allow-list");
                    }
                }, like);
        jdbc.query("select lower(k.table_name), lower(k.column_name), lower(k.referenced_table_name), k.constraint_name "
                + "from information_schema.key_column_usage k join information_schema.referential_constraints r "
                + "on r.constraint_schema = k.constraint_schema and r.constraint_name = k.constraint_name "
                + "and r.table_name = k.table_name "
                + "where k.table_schema = database() and k.table_name like ?", rs -> {
                    if (!BALLOT_REFERENCES.contains(rs.getString(3))) {
                        found.add(rs.getString(1) + "." + rs.getString(2) + ": foreign key " + rs.getString(4)
                                + " to " + rs.getString(3) + ", outside " + BALLOT_REFERENCES);
                    }
                }, like);
        jdbc.query("select lower(table_name), auto_increment from information_schema.tables where table_schema = database() "
                + "and table_name like ? and auto_increment is not null", rs -> {
                    found.add(rs.getString(1) + ": has an auto_increment counter (" + rs.getLong(2) + ")");
                }, like);
        return found;
    }

    /** What breaks the participation register's rules in the table named {@code table}. */
    List<String> register(String table) {
        List<String> found = new ArrayList<>();
        jdbc.query("select lower(column_name), lower(data_type) from information_schema.columns "
                + "where table_schema = database() and table_name = ?", rs -> {
                    String column = rs.getString(1);
                    if (!PARTICIPATION_COLUMNS.contains(column)) {
                        found.add(table + "." + column + ": column outside the register's allow-list");
                    }
                    if (column.equals("voted_on") && !rs.getString(2).equals("date")) {
                        found.add(table + ".voted_on: " + rs.getString(2) + " instead of date, precise enough to join "
                                + "a person to a ballot");
                    }
                }, table);
        if (found.isEmpty() && !hasColumn(table, "voted_on")) {
            found.add(table + ".voted_on: missing (or the table is missing)");
        }
        return found;
    }

    /** Tables other than {@code owner} with a column of this name. */
    List<String> elsewhere(String column, String owner) {
        return jdbc.queryForList("select concat(lower(table_name), '.', lower(column_name)) from information_schema.columns "
                + "where table_schema = database() and lower(column_name) = ? and lower(table_name) <> ?", String.class,
                column, owner).stream().map(at -> at + ": only " + owner + " may hold " + column).toList();
    }

    private boolean hasColumn(String table, String column) {
        return jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = database() "
                + "and table_name = ? and column_name = ?", Integer.class, table, column) > 0;
    }
}
