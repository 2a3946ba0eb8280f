package org.civitas.panel.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByPanelIdOrderById(long panelId);

    Optional<Volunteer> findByPanelIdAndAccountId(long panelId, long accountId);

    long countByPanelId(long panelId);

    List<Volunteer> findByAccountId(long accountId);

    /** The selection probabilities of those who could be drawn, without loading the volunteers. */
    @org.springframework.data.jpa.repository.Query(
            "select v.probability from Volunteer v where v.panelId = ?1 and v.probability > 0")
    List<Double> drawableProbabilities(long panelId);
}
