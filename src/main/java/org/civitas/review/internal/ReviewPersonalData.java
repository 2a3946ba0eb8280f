package org.civitas.review.internal;

import org.civitas.identity.PersonalDataSection;
import org.civitas.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The protests a person filed, for their data export. */
@Component
class ReviewPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "protests";
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(jdbc, "select proposal_id as proposalId, reasons, filed_at as filedAt, status, "
                + "outcome_text as outcome from protest where author_id = ? order by filed_at", accountId);
    }
}
