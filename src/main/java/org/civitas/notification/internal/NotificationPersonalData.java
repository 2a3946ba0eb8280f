package org.civitas.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.identity.SqlPersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's mail choices and the notices waiting for tonight's digest, for their data export. */
@Component
class NotificationPersonalData extends SqlPersonalDataSection {

    NotificationPersonalData(JdbcClient jdbc) {
        super("notifications", jdbc);
    }

    @Override
    public Object of(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("preferences", rows("select kind, mode from notification_preference "
                + "where account_id = ? order by kind", accountId));
        data.put("waitingForDigest", rows("select subject, text, created_at as createdAt "
                + "from digest_item where account_id = ? order by created_at", accountId));
        return data;
    }
}
