package org.civitas.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civitas.review.ProtestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtestRepository extends JpaRepository<Protest, Long> {

    Optional<Protest> findByProposalId(long proposalId);

    List<Protest> findByProposalIdInOrderByFiledAt(Collection<Long> proposalIds);

    boolean existsByProposalIdInAndStatusIn(Collection<Long> proposalIds, Collection<ProtestStatus> statuses);
}
