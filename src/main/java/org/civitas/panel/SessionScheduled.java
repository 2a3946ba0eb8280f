package org.civitas.panel;

import java.time.Instant;
import java.util.List;

/**
 * A session of the panel is scheduled; its people (every accepted role, not the followers: sessions belong to the
 * panel) hear when and where. {@code place} or {@code link} may be empty, not both.
 */
public record SessionScheduled(long panelId, String title, Instant startsAt, String place, String link,
        List<Long> accountIds) {

    public SessionScheduled {
        accountIds = List.copyOf(accountIds);
    }
}
