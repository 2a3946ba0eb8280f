package org.civitas.review.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The audit log's storage: add and read, and nothing else, so no code path can change or delete a line. */
public interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findBySubjectAndSubjectIdOrderByIdAsc(String subject, long subjectId);

    long count();
}
