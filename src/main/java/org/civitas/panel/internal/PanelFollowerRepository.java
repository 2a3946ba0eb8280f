package org.civitas.panel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PanelFollowerRepository extends JpaRepository<PanelFollower, PanelFollower.Key> {

    @Query("select f.accountId from PanelFollower f where f.panelId = ?1 order by f.accountId")
    List<Long> accountIds(long panelId);
}
