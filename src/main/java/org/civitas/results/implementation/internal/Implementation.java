package org.civitas.results.implementation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.results.implementation.ImplementationStatus;
import org.civitas.results.implementation.ImplementationSummary;

/** The implementation of one funded proposal: its current status and progress, as the latest update left them. */
@Entity
@Table(name = "implementation")
public class Implementation {

    @Id
    private Long proposalId;
    private long editionId;
    private Long poolId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;
    private int progress;
    private String cancelReason;
    private Instant createdAt;
    private LocalDate updatedOn;

    protected Implementation() {
    }

    public Implementation(long proposalId, long editionId, Long poolId, String title, Instant createdAt) {
        this.proposalId = proposalId;
        this.editionId = editionId;
        this.poolId = poolId;
        this.title = title;
        this.status = ImplementationStatus.PLANNED;
        this.progress = 0;
        this.createdAt = createdAt;
    }

    /** Takes the state an update leaves; the reason stays only while the project is cancelled. */
    public void apply(ImplementationStatus status, int progress, String cancelReason, LocalDate day) {
        this.status = status;
        this.progress = progress;
        this.cancelReason = status == ImplementationStatus.CANCELLED ? cancelReason : null;
        this.updatedOn = day;
    }

    public ImplementationSummary summary() {
        return new ImplementationSummary(proposalId, editionId, poolId, title, status, progress, updatedOn);
    }

    public Long getProposalId() { return proposalId; }
    public String getTitle() { return title; }
    public ImplementationStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public String getCancelReason() { return cancelReason; }
}
