package org.civitas.panel.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the panels hold about a person, for their data export: each registration as a volunteer with the answers
 * to the stratification questions (sensitive: age, gender, education) and the needs given, the draw's outcome,
 * memberships, votes on recommendations, what they wrote in the deliberation and the panels followed.
 */
@Component
class PanelPersonalData extends SqlPersonalDataSection {

    PanelPersonalData(JdbcClient jdbc) {
        super("panels", jdbc);
    }

    @Override
    public Object of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> volunteered = rows("select id, panel_id as panelId, name, email, "
                + "language, needs, channel, consented_at as consentedAt, probability, outcome, "
                + "reserve_rank as reserveRank from panel_volunteer where account_id = ? order by id", accountId);
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc().sql("select a.volunteer_id, a.category, a.feature from panel_volunteer_answer a join panel_volunteer v "
                + "on v.id = a.volunteer_id where v.account_id = ? order by a.category").param(accountId)
                .query((rs, i) -> answers.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        for (Map<String, Object> volunteer : volunteered) {
            volunteer.put("answers", answers.getOrDefault(((Number) volunteer.get("id")).longValue(), Map.of()));
        }
        data.put("volunteered", volunteered);
        data.put("memberships", rows("select panel_id as panelId, role, status, respond_by as respondBy "
                + "from panel_member where account_id = ? order by id", accountId));
        data.put("recommendationVotes", rows("select v.recommendation_id as recommendationId, v.choice "
                + "from panel_recommendation_vote v join panel_member m on m.id = v.member_id where m.account_id = ? "
                + "order by v.recommendation_id", accountId));
        data.put("posts", rows("select t.panel_id as panelId, t.topic, p.text, p.posted_at as postedAt, "
                + "p.hidden_reason as hiddenReason from panel_post p join panel_thread t on t.id = p.thread_id "
                + "where p.author_account_id = ? order by p.posted_at", accountId));
        data.put("questionsAsked", rows("select panel_id as panelId, text, asked_at as askedAt, answer "
                + "from panel_question where asker_account_id = ? order by asked_at", accountId));
        data.put("questionsAnswered", rows("select panel_id as panelId, text, answer, answered_at as answeredAt "
                + "from panel_question where answerer_account_id = ? order by answered_at", accountId));
        data.put("materials", rows("select panel_id as panelId, title, link, file_name as fileName, created_at as addedAt "
                + "from panel_material where author_account_id = ? order by created_at", accountId));
        data.put("followed", rows("select panel_id as panelId from panel_follower where account_id = ? "
                + "order by panel_id", accountId));
        return data;
    }
}
