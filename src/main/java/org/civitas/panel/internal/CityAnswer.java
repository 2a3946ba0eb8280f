package org.civitas.panel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.panel.AnswerDecision;
import org.civitas.panel.AnswerProgress;

/** The city's answer to a passed recommendation: due 30 days after it passed, then its implementation. */
@Entity
@Table(name = "panel_city_answer")
public class CityAnswer {

    /** Which reminders the officials have had. */
    enum Reminded { NONE, WEEK, OVERDUE }

    @Id
    private Long recommendationId;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private AnswerDecision decision;
    private String reasons;
    private Long officialId;
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    private AnswerProgress implementation;
    @Enumerated(EnumType.STRING)
    private Reminded reminded;

    protected CityAnswer() {
    }

    CityAnswer(long recommendationId, LocalDate dueOn) {
        this.recommendationId = recommendationId;
        this.dueOn = dueOn;
        this.reminded = Reminded.NONE;
    }

    void give(AnswerDecision decision, String reasons, long officialId, Instant at) {
        this.decision = decision;
        this.reasons = reasons;
        this.officialId = officialId;
        this.answeredAt = at;
        this.implementation = decision == AnswerDecision.REJECTED ? null : AnswerProgress.PLANNED;
    }

    void progress(AnswerProgress implementation) {
        this.implementation = implementation;
    }

    void reminded(Reminded stage) {
        this.reminded = stage;
    }

    public Long getRecommendationId() { return recommendationId; }
    public LocalDate getDueOn() { return dueOn; }
    public AnswerDecision getDecision() { return decision; }
    public String getReasons() { return reasons; }
    public Instant getAnsweredAt() { return answeredAt; }
    public AnswerProgress getImplementation() { return implementation; }
    Reminded getReminded() { return reminded; }
}
