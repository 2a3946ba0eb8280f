package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A submitted proposal as it stood after a change; versions are only ever added. */
@Entity
public class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private int number;
    private long editorId;
    private Instant createdAt;
    private String snapshot;

    protected ProposalVersion() {
    }

    public ProposalVersion(long proposalId, int number, long editorId, Instant createdAt, String snapshot) {
        this.proposalId = proposalId;
        this.number = number;
        this.editorId = editorId;
        this.createdAt = createdAt;
        this.snapshot = snapshot;
    }

    public int getNumber() { return number; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSnapshot() { return snapshot; }
}
