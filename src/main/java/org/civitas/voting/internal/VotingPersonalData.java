package org.civitas.voting.internal;

import org.civitas.identity.PersonalDataSection;
import org.civitas.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * That a person voted online (edition, channel, day), for their data export. How they voted is not here: the
 * ballot box holds nothing that leads back to a person (ADR 6), nor does the identity they typed, only its keyed hash.
 */
@Component
class VotingPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    VotingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "votes";
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(jdbc, "select edition_id as editionId, channel, voted_on as votedOn, age_band as ageBand "
                + "from participation where account_id = ? order by voted_on", accountId);
    }
}
