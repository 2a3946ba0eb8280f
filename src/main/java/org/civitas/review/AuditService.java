package org.civitas.review;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civitas.review.internal.AuditEntries;
import org.civitas.review.internal.AuditEntry;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log for admins: newest first, a page at a time, and whole as CSV. */
@Service
@Transactional(readOnly = true)
@RolesAllowed("ADMIN")
public class AuditService {

    /** Column names of the export: a machine-readable file, so fixed English names, not UI texts. */
    private static final String[] COLUMNS = {"id", "at", "actor", "subject", "subject_id", "action", "before", "after"};
    private final AuditEntries entries;

    AuditService(AuditEntries entries) {
        this.entries = entries;
    }

    public List<AuditRecord> page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return entries.findAllByOrderByIdDesc(PageRequest.of(offset / size, size)).stream().map(AuditEntry::record)
                .toList();
    }

    public int count() {
        return (int) entries.count();
    }

    public List<AuditRecord> of(String subject, long subjectId) {
        return entries.findBySubjectAndSubjectIdOrderByIdAsc(subject, subjectId).stream().map(AuditEntry::record)
                .toList();
    }

    /** Every line, as CSV (RFC 4180, UTF-8). */
    public byte[] csv() {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS).get())) {
            int page = 0;
            List<AuditEntry> batch;
            do {
                batch = entries.findAllByOrderByIdDesc(PageRequest.of(page++, 1000));
                for (AuditEntry e : batch) {
                    var r = e.record();
                    printer.printRecord(r.id(), r.at(), r.actor(), r.subject(), r.subjectId(), r.action(), r.before(),
                            r.after());
                }
            } while (batch.size() == 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
