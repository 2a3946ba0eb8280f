package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.panel.AnswerProgress;

/** A dated note from the city on how the implementation of an answer is going. */
@Entity
@Table(name = "panel_answer_update")
public class AnswerUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recommendationId;
    private long officialId;
    private Instant postedAt;
    @Enumerated(EnumType.STRING)
    private AnswerProgress implementation;
    private String text;

    protected AnswerUpdate() {
    }

    AnswerUpdate(long recommendationId, long officialId, Instant postedAt, AnswerProgress implementation, String text) {
        this.recommendationId = recommendationId;
        this.officialId = officialId;
        this.postedAt = postedAt;
        this.implementation = implementation;
        this.text = text;
    }

    public Instant getPostedAt() { return postedAt; }
    public AnswerProgress getImplementation() { return implementation; }
    public String getText() { return text; }
}
