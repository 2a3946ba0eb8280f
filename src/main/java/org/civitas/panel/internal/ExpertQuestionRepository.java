package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertQuestionRepository extends JpaRepository<ExpertQuestion, Long> {

    List<ExpertQuestion> findByPanelIdOrderByIdDesc(long panelId);
}
