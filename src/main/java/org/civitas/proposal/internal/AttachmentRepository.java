package org.civitas.proposal.internal;

import java.util.List;

import org.civitas.proposal.AttachmentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select new org.civitas.proposal.AttachmentSummary(a.id, a.fileName, a.mediaType, a.sizeBytes, "
            + "coalesce(a.altText, ''), a.thumbnail is not null) from Attachment a where a.proposalId = :proposalId order by a.id")
    List<AttachmentSummary> summaries(long proposalId);

    long countByProposalId(long proposalId);
}
