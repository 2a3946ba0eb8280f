package org.civitas.proposal.internal;

import java.util.List;

import org.civitas.proposal.MergeStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MergeRepository extends JpaRepository<Merge, Long> {

    List<Merge> findByIntoIdInAndStatus(List<Long> intoIds, MergeStatus status);

    boolean existsByFromIdAndIntoIdAndStatus(long fromId, long intoId, MergeStatus status);
}
