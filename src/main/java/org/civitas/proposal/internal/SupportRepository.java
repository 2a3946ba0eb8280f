package org.civitas.proposal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRepository extends JpaRepository<Support, Long> {

    boolean existsByProposalIdAndAccountId(long proposalId, long accountId);
}
