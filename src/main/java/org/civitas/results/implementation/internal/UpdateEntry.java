package org.civitas.results.implementation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.TimelineEntry;

/** One update an official posted; never changed afterwards, so the timeline is the project's public record. */
@Entity
@Table(name = "implementation_update")
public class UpdateEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private LocalDate postedOn;
    private Instant postedAt;
    private long authorId;
    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;
    private int progress;
    private String text;
    private String cancelReason;

    protected UpdateEntry() {
    }

    public UpdateEntry(Implementation project, long authorId, Instant postedAt, String text) {
        this.proposalId = project.getProposalId();
        this.postedOn = project.summary().lastUpdate();
        this.postedAt = postedAt;
        this.authorId = authorId;
        this.status = project.getStatus();
        this.progress = project.getProgress();
        this.text = text;
        this.cancelReason = project.getCancelReason();
    }

    public TimelineEntry entry() {
        return new TimelineEntry(postedOn, status, progress, text, cancelReason);
    }
}
