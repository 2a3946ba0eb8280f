package org.civitas.results.implementation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImplementationRepository extends JpaRepository<Implementation, Long> {

    /** The editions that have funded projects to track, newest first. */
    @Query("select distinct i.editionId from Implementation i order by i.editionId desc")
    List<Long> editionIds();
}
