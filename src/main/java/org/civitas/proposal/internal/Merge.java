package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.proposal.MergeStatus;

/** A request to join one proposal into another; asking is the first author's consent, accepting the second's. */
@Entity
@Table(name = "proposal_merge")
public class Merge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fromId;
    private long intoId;
    private long requestedBy;
    @Enumerated(EnumType.STRING)
    private MergeStatus status = MergeStatus.PROPOSED;
    private Instant createdAt;
    private Instant answeredAt;

    protected Merge() {
    }

    public Merge(long fromId, long intoId, long requestedBy, Instant createdAt) {
        this.fromId = fromId;
        this.intoId = intoId;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
    }

    public void answer(boolean accept, Instant now) {
        status = accept ? MergeStatus.ACCEPTED : MergeStatus.DECLINED;
        answeredAt = now;
    }

    public Long getId() { return id; }
    public long getFromId() { return fromId; }
    public long getIntoId() { return intoId; }
    public MergeStatus getStatus() { return status; }
}
