package org.civitas.proposal.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.identity.PersonalDataSection;
import org.civitas.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's proposals, supports, comments and reports, for their data export. */
@Component
class ProposalPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ProposalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "proposals";
    }

    @Override
    public Object of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authored", PersonalRows.of(jdbc, "select id, edition_id as editionId, title, status, language "
                + "from proposal where author_id = ? order by id", accountId));
        data.put("supported", PersonalRows.of(jdbc, "select proposal_id as proposalId, created_at as supportedAt "
                + "from proposal_support where account_id = ? order by created_at", accountId));
        data.put("comments", PersonalRows.of(jdbc, "select proposal_id as proposalId, text, created_at as writtenAt, "
                + "hidden_reason as hiddenReason from proposal_comment where author_id = ? order by created_at", accountId));
        data.put("reports", PersonalRows.of(jdbc, "select target_type as targetType, target_id as targetId, reason, "
                + "created_at as reportedAt from content_report where reporter_id = ? order by created_at", accountId));
        return data;
    }
}
