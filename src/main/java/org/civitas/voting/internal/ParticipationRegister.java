package org.civitas.voting.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civitas.voting.AgeBand;
import org.civitas.voting.BallotCast;
import org.civitas.voting.Channel;
import org.civitas.voting.VotingRuleException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who voted in an edition: the identity's hash, the channel and the day, never a time of day or a choice. */
@Component
public class ParticipationRegister {

    /** The unique key on (edition, account), as named in 0012-voting.yaml. */
    private static final String ACCOUNT_KEY = "uq_participation_account";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ParticipationRegister(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records that the person voted; the primary key (edition, identity hash) makes a second record impossible,
     * even when two arrive at the same moment, and so does the key on (edition, account) for online voters. An
     * online voter's confirmation mail is owed from this row on, in the same transaction as the ballot.
     *
     * @throws VotingRuleException when the person or the account has voted already
     */
    public void record(long editionId, String identityHash, Long accountId, Channel channel, LocalDate day,
            AgeBand ageBand) {
        try {
            jdbc.sql("insert into participation (edition_id, identity_hash, account_id, channel, voted_on, age_band, "
                    + "confirmation_due) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(editionId, identityHash, accountId, channel.name(), day, ageBand.label(), accountId != null)
                    .update();
        } catch (DuplicateKeyException e) {
            // the key the database names, not a second read: under repeatable read that read sees the snapshot
            // from before a rival cast of the same person committed, and would blame the account instead
            throw new VotingRuleException(brokeAccountKey(e) ? "voting.error.account-voted" : "voting.error.already-voted");
        }
    }

    private static boolean brokeAccountKey(DuplicateKeyException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains(ACCOUNT_KEY);
    }

    /** Online voters whose confirmation mail is owed, at most {@code max}, in no particular order. */
    public List<BallotCast> confirmationsDue(int max) {
        return jdbc.sql("select edition_id, account_id, voted_on from participation where confirmation_due limit ?")
                .param(max)
                .query((rs, i) -> new BallotCast(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The confirmations are sent: they are owed no more. */
    public void confirmed(List<BallotCast> sent) {
        template.batchUpdate("update participation set confirmation_due = false where edition_id = ? and account_id = ?",
                sent.stream().map(c -> new Object[] {c.editionId(), c.accountId()}).toList());
    }

    public boolean voted(long editionId, String identityHash) {
        return jdbc.sql("select count(*) from participation where edition_id = ? and identity_hash = ?")
                .params(editionId, identityHash).query(Integer.class).single() > 0;
    }

    public boolean accountVoted(long editionId, long accountId) {
        return jdbc.sql("select count(*) from participation where edition_id = ? and account_id = ?")
                .params(editionId, accountId).query(Integer.class).single() > 0;
    }

    /** Voters per age band, in the bands' order; bands nobody is in are left out. */
    public Map<AgeBand, Integer> countByAgeBand(long editionId) {
        Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
        jdbc.sql("select age_band, count(*) from participation where edition_id = ? and age_band is not null group by age_band")
                .param(editionId).query((rs, i) -> counts.put(AgeBand.ofLabel(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public Map<Channel, Integer> countByChannel(long editionId) {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            counts.put(c, 0);
        }
        jdbc.sql("select channel, count(*) from participation where edition_id = ? group by channel").param(editionId)
                .query((rs, i) -> counts.put(Channel.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }
}
