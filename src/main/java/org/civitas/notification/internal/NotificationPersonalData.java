package org.civitas.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.identity.PersonalDataSection;
import org.civitas.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's mail choices and the notices waiting for tonight's digest, for their data export. */
@Component
class NotificationPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("preferences", PersonalRows.of(jdbc, "select kind, mode from notification_preference "
                + "where account_id = ? order by kind", accountId));
        data.put("waitingForDigest", PersonalRows.of(jdbc, "select subject, text, created_at as createdAt "
                + "from digest_item where account_id = ? order by created_at", accountId));
        return data;
    }
}
