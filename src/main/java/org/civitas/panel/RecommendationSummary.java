package org.civitas.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation as its panel's pages show it: text, status, the window and the count once closed, the reader's
 * own vote if they are a member, every version, and for a passed one the city's answer.
 */
public record RecommendationSummary(long id, String title, String text, RecommendationStatus status,
        Instant voteClosesAt, int support, int oppose, int abstain, int thresholdPercent, LocalDate decidedOn,
        VoteChoice myVote, List<Version> versions, Answer answer) {

    public record Version(String title, String note, String author, Instant at) {
    }

    /** The city's answer: null decision while it is awaited (until {@code dueOn}). */
    public record Answer(LocalDate dueOn, AnswerDecision decision, String reasons, Instant answeredAt,
            AnswerProgress progress, List<Update> updates) {
    }

    public record Update(Instant at, AnswerProgress progress, String text) {
    }
}
