package org.civitas.panel.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByPanelIdOrderById(long panelId);

    Optional<Volunteer> findByPanelIdAndAccountId(long panelId, long accountId);

    long countByPanelId(long panelId);

    List<Volunteer> findByAccountId(long accountId);
}
