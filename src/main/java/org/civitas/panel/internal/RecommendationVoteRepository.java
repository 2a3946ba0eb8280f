package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationVoteRepository extends JpaRepository<RecommendationVote, RecommendationVote.Key> {

    /** Each choice with its count, e.g. [SUPPORT, 17]. */
    @Query("select v.choice, count(v) from RecommendationVote v where v.recommendationId = ?1 group by v.choice")
    List<Object[]> tally(long recommendationId);
}
