package org.civitas.proposal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalVersionRepository extends JpaRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByProposalIdOrderByNumberDesc(long proposalId);

    @Query("select coalesce(max(v.number), 0) from ProposalVersion v where v.proposalId = :proposalId")
    int lastNumber(long proposalId);
}
