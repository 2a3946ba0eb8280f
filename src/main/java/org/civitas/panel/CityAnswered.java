package org.civitas.panel;

import java.util.List;

/**
 * The city answered a passed recommendation ({@code progress} null), or posted how its implementation is going;
 * the panel's people and followers hear of it. Texts are as the official wrote them.
 */
public record CityAnswered(long panelId, long recommendationId, String title, AnswerDecision decision,
        AnswerProgress progress, String text, List<Long> accountIds) {

    public CityAnswered {
        accountIds = List.copyOf(accountIds);
    }
}
