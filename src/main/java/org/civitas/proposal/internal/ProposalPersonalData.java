package org.civitas.proposal.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's proposals, supports, comments and reports, for their data export. */
@Component
class ProposalPersonalData extends SqlPersonalDataSection {

    ProposalPersonalData(JdbcClient jdbc) {
        super("proposals", jdbc);
    }

    @Override
    public Object of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authored", rows("select id, edition_id as editionId, title, status, language "
                + "from proposal where author_id = ? order by id", accountId));
        data.put("supported", rows("select proposal_id as proposalId, created_at as supportedAt "
                + "from proposal_support where account_id = ? order by created_at", accountId));
        data.put("comments", rows("select proposal_id as proposalId, text, created_at as writtenAt, "
                + "hidden_reason as hiddenReason from proposal_comment where author_id = ? order by created_at", accountId));
        data.put("reports", rows("select target_type as targetType, target_id as targetId, reason, "
                + "created_at as reportedAt from content_report where reporter_id = ? order by created_at", accountId));
        return data;
    }
}
