package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelSessionRepository extends JpaRepository<PanelSession, Long> {

    List<PanelSession> findByPanelIdOrderByStartsAt(long panelId);
}
