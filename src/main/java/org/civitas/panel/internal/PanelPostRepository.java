package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelPostRepository extends JpaRepository<PanelPost, Long> {

    List<PanelPost> findByThreadIdOrderById(long threadId);
}
