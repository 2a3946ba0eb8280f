package org.civitas.panel;

import java.time.LocalDate;

/** The city's answer to a passed recommendation is due within a week, or overdue: the officials are reminded. */
public record AnswerDue(long panelId, long recommendationId, String title, LocalDate dueOn, boolean overdue) {
}
