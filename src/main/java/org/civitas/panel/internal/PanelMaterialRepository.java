package org.civitas.panel.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelMaterialRepository extends JpaRepository<PanelMaterial, Long> {

    /** A material without its PDF, which only a download reads. */
    interface Row {
        Long getId();
        String getTitle();
        String getSummary();
        String getLink();
        String getFileName();
        String getAuthor();
        Instant getCreatedAt();
    }

    List<Row> findRowsByPanelIdOrderById(long panelId);
}
