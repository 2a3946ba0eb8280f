package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationVersionRepository extends JpaRepository<RecommendationVersion, Long> {

    List<RecommendationVersion> findByRecommendationIdOrderById(long recommendationId);
}
