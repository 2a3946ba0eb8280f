package org.civitas.panel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civitas.panel.RecommendationStatus;

@Entity
@Table(name = "panel_recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private String title;
    private String text;
    @Enumerated(EnumType.STRING)
    private RecommendationStatus status;
    private long authorMemberId;
    private Instant createdAt;
    private Instant voteOpensAt;
    private Instant voteClosesAt;
    private int support;
    private int oppose;
    private int abstain;
    private int thresholdPercent;
    private LocalDate decidedOn;
    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(long panelId, String title, String text, long authorMemberId, Instant createdAt) {
        this.panelId = panelId;
        this.title = title;
        this.text = text;
        this.authorMemberId = authorMemberId;
        this.createdAt = createdAt;
        this.status = RecommendationStatus.DRAFT;
    }

    void amend(String title, String text) {
        this.title = title;
        this.text = text;
    }

    void open(Instant from, Instant until, int thresholdPercent) {
        this.status = RecommendationStatus.VOTING;
        this.voteOpensAt = from;
        this.voteClosesAt = until;
        this.thresholdPercent = thresholdPercent;
    }

    /** Passes when support reaches the threshold share of the votes cast (abstentions are votes cast). */
    void close(int support, int oppose, int abstain, LocalDate day) {
        this.support = support;
        this.oppose = oppose;
        this.abstain = abstain;
        int cast = support + oppose + abstain;
        boolean passed = cast > 0 && support * 100L >= (long) thresholdPercent * cast;
        this.status = passed ? RecommendationStatus.PASSED : RecommendationStatus.NOT_PASSED;
        this.decidedOn = day;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public RecommendationStatus getStatus() { return status; }
    public long getAuthorMemberId() { return authorMemberId; }
    public Instant getVoteClosesAt() { return voteClosesAt; }
    public int getSupport() { return support; }
    public int getOppose() { return oppose; }
    public int getAbstain() { return abstain; }
    public int getThresholdPercent() { return thresholdPercent; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
