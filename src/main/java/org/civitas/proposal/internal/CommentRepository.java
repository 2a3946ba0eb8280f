package org.civitas.proposal.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByProposalIdAndParentIdIsNullOrderByIdAsc(long proposalId, Pageable page);

    long countByProposalIdAndParentIdIsNull(long proposalId);

    List<Comment> findByParentIdInOrderByIdAsc(Collection<Long> parentIds);
}
