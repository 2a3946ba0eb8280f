package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelRepository extends JpaRepository<Panel, Long> {

    List<Panel> findAllByOrderByIdDesc();
}
