package org.civitas.results.implementation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UpdateEntryRepository extends JpaRepository<UpdateEntry, Long> {

    List<UpdateEntry> findByProposalIdOrderByIdDesc(long proposalId);
}
