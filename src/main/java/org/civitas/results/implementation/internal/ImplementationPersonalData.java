package org.civitas.results.implementation.internal;

import org.civitas.identity.PersonalDataSection;
import org.civitas.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The funded projects a person follows, for their data export. */
@Component
class ImplementationPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ImplementationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "followedProjects";
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(jdbc, "select proposal_id as proposalId from implementation_follower "
                + "where account_id = ? order by proposal_id", accountId);
    }
}
