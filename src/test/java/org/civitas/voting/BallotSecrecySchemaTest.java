package org.civitas.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.proposal.BallotFixtures;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema itself keeps the ballot secret (design.md §3): nothing in the box names, dates or orders a voter. */
class BallotSecrecySchemaTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;

    @Test
    void the_ballot_tables_hold_no_column_index_key_or_counter_that_could_identify_or_date_a_voter() {
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
                + "and table_name like 'ballot%'", String.class)).as("the ballot box's tables")
                .containsExactlyInAnyOrder("ballot", "ballot_choice");
        assertThat(new SecrecySchema(jdbc).ballotBox("ballot")).isEmpty();
    }

    @Test
    void the_participation_register_holds_the_day_only_and_no_other_table_holds_an_identity_hash() {
        var schema = new SecrecySchema(jdbc);
        assertThat(schema.register("participation")).isEmpty();
        assertThat(schema.elsewhere("identity_hash", "participation")).isEmpty();
    }

    @Test
    void the_rules_find_each_kind_of_breach_in_a_deliberately_bad_table() {
        // the checks above pass on a good schema; this shows they would not pass on a bad one
        String box = "zz_probe_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            jdbc.execute("create table " + box + " (id bigint auto_increment primary key, edition_id bigint, "
                    + "account_id bigint, cast_at timestamp default current_timestamp, "
                    + "constraint fk_" + box + " foreign key (account_id) references account(id))");
            jdbc.execute("create index ix_" + box + " on " + box + " (cast_at)");
            List<String> found = new SecrecySchema(jdbc).ballotBox(box);
            assertThat(found).anyMatch(f -> f.startsWith(box + ".account_id: column outside"))
                    .anyMatch(f -> f.startsWith(box + ".cast_at: timestamp column"))
                    .anyMatch(f -> f.startsWith(box + ".id: auto_increment"))
                    .anyMatch(f -> f.startsWith(box + ".cast_at: defaults to or updates with the current time"))
                    .anyMatch(f -> f.startsWith(box + ".cast_at: index ix_" + box))
                    .anyMatch(f -> f.startsWith(box + ".account_id: foreign key fk_" + box + " to account"))
                    .anyMatch(f -> f.startsWith(box + ": has an auto_increment counter"));
            assertThat(found).noneMatch(f -> f.startsWith(box + ".edition_id"));
        } finally {
            jdbc.execute("drop table if exists " + box);
        }
    }

    @Test
    void the_register_rules_find_a_time_of_day_and_an_extra_column() {
        String register = "zz_probe_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            jdbc.execute("create table " + register + " (edition_id bigint, identity_hash char(64), "
                    + "voted_on datetime, ip varchar(45))");
            assertThat(new SecrecySchema(jdbc).register(register)).containsExactlyInAnyOrder(
                    register + ".voted_on: datetime instead of date, precise enough to join a person to a ballot",
                    register + ".ip: column outside the register's allow-list");
            assertThat(new SecrecySchema(jdbc).elsewhere("identity_hash", "participation"))
                    .contains(register + ".identity_hash: only participation may hold identity_hash");
        } finally {
            jdbc.execute("drop table if exists " + register);
        }
    }

    @Test
    void ballot_ids_are_random_version_4_uuids_not_in_the_order_the_ballots_were_cast() {
        EditionDetails edition = ballots.openKrakowVote();
        PoolSummary city = ballots.cityPool(edition);
        PoolSummary district = ballots.districtPool(edition);
        List<Long> c = ballots.onBallot(edition, city, 3, new BigDecimal("100000"));
        List<Long> d = ballots.onBallot(edition, district, 3, new BigDecimal("10000"));
        List<String> inOrderCast = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            accounts.signIn(accounts.residentOf(district.districtId()));
            Receipt receipt = voting.cast(edition.id(), Identities.pesel(500 + n), district.districtId(), List.of(
                    new BallotChoice(city.id(), c.get(0), 3), new BallotChoice(city.id(), c.get(1), 2),
                    new BallotChoice(city.id(), c.get(2), 1), new BallotChoice(district.id(), d.get(0), 3),
                    new BallotChoice(district.id(), d.get(1), 2), new BallotChoice(district.id(), d.get(2), 1)));
            // the receipt is the only link from a cast to its rows, and only the voter holds it
            inOrderCast.add(jdbc.queryForObject("select id from ballot where receipt_hash = ? and pool_id = ?",
                    String.class, org.civitas.voting.internal.ReceiptCodes.hash(receipt.code()), city.id()));
        }

        assertThat(inOrderCast).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).as("version of %s", id).isEqualTo(4);
            assertThat(uuid.variant()).as("variant of %s", id).isEqualTo(2);
        });
        // eight random ids come out sorted once in 40,320 runs; ids from a clock or a counter always would
        assertThat(inOrderCast).isNotEqualTo(inOrderCast.stream().sorted().toList());
        assertThat(jdbc.queryForList("select id from ballot where edition_id = ? and pool_id = ? order by id",
                String.class, edition.id(), city.id())).as("the box's own order").isNotEqualTo(inOrderCast);
    }
}
