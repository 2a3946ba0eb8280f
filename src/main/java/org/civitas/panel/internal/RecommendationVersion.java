package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a recommendation's text: the first draft, or an amendment with what it changed and why. */
@Entity
@Table(name = "panel_recommendation_version")
public class RecommendationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recommendationId;
    private long memberId;
    private String title;
    private String text;
    private String note;
    private Instant createdAt;

    protected RecommendationVersion() {
    }

    RecommendationVersion(long recommendationId, long memberId, String title, String text, String note,
            Instant createdAt) {
        this.recommendationId = recommendationId;
        this.memberId = memberId;
        this.title = title;
        this.text = text;
        this.note = note;
        this.createdAt = createdAt;
    }

    public long getMemberId() { return memberId; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
}
