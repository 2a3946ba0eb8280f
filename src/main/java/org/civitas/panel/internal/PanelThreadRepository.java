package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelThreadRepository extends JpaRepository<PanelThread, Long> {

    List<PanelThread> findByPanelIdOrderByIdDesc(long panelId);
}
