package org.civitas.panel.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.civitas.panel.VoteChoice;

/** A member's one vote on a recommendation; the key refuses a second. */
@Entity
@Table(name = "panel_recommendation_vote")
@IdClass(RecommendationVote.Key.class)
public class RecommendationVote {

    public record Key(Long recommendationId, Long memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long recommendationId;
    @Id
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private VoteChoice choice;

    protected RecommendationVote() {
    }

    RecommendationVote(long recommendationId, long memberId, VoteChoice choice) {
        this.recommendationId = recommendationId;
        this.memberId = memberId;
        this.choice = choice;
    }

    VoteChoice getChoice() {
        return choice;
    }
}
