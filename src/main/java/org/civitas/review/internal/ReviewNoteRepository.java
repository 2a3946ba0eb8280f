package org.civitas.review.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

    List<ReviewNote> findByProposalIdOrderByCreatedAtDesc(long proposalId);
}
