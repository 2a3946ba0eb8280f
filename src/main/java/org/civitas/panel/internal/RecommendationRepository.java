package org.civitas.panel.internal;

import java.time.Instant;
import java.util.List;

import org.civitas.panel.RecommendationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByPanelIdOrderById(long panelId);

    List<Recommendation> findByStatusAndVoteClosesAtLessThanEqual(RecommendationStatus status, Instant now);
}
