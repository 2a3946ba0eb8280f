package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelMaterialRepository extends JpaRepository<PanelMaterial, Long> {

    List<PanelMaterial> findByPanelIdOrderById(long panelId);
}
