package org.civitas.review.internal;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The protests a person filed, for their data export. */
@Component
class ReviewPersonalData extends SqlPersonalDataSection {

    ReviewPersonalData(JdbcClient jdbc) {
        super("protests", jdbc);
    }

    @Override
    public Object of(long accountId) {
        return rows("select proposal_id as proposalId, reasons, filed_at as filedAt, status, "
                + "outcome_text as outcome from protest where author_id = ? order by filed_at", accountId);
    }
}
