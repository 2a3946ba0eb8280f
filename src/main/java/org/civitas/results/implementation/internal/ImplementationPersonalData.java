package org.civitas.results.implementation.internal;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The funded projects a person follows, for their data export. */
@Component
class ImplementationPersonalData extends SqlPersonalDataSection {

    ImplementationPersonalData(JdbcClient jdbc) {
        super("followedProjects", jdbc);
    }

    @Override
    public Object of(long accountId) {
        return rows("select proposal_id as proposalId from implementation_follower "
                + "where account_id = ? order by proposal_id", accountId);
    }
}
