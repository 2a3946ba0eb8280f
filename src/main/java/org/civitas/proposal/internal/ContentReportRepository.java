package org.civitas.proposal.internal;

import java.util.List;

import org.civitas.proposal.ReportTarget;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentReportRepository extends JpaRepository<ContentReport, Long> {

    List<ContentReport> findByResolvedFalseOrderByIdAsc();

    List<ContentReport> findByTargetTypeAndTargetIdAndResolvedFalse(ReportTarget type, long targetId);

    boolean existsByTargetTypeAndTargetIdAndReporterId(ReportTarget type, long targetId, long reporterId);
}
