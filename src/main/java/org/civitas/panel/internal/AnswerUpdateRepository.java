package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerUpdateRepository extends JpaRepository<AnswerUpdate, Long> {

    List<AnswerUpdate> findByRecommendationIdOrderById(long recommendationId);
}
