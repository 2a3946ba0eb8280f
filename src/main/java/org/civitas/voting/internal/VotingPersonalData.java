package org.civitas.voting.internal;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * That a person voted online (edition, channel, day), for their data export. How they voted is not here: the
 * ballot box holds nothing that leads back to a person (ADR 6), nor does the identity they typed, only its keyed hash.
 */
@Component
class VotingPersonalData extends SqlPersonalDataSection {

    VotingPersonalData(JdbcClient jdbc) {
        super("votes", jdbc);
    }

    @Override
    public Object of(long accountId) {
        return rows("select edition_id as editionId, channel, voted_on as votedOn, age_band as ageBand "
                + "from participation where account_id = ? order by voted_on", accountId);
    }
}
