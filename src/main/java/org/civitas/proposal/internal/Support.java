package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in resident's e-support of a proposal; the unique key (proposal, account) forbids a second. */
@Entity
@Table(name = "proposal_support")
public class Support {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private long accountId;
    private Instant createdAt;

    protected Support() {
    }

    public Support(long proposalId, long accountId, Instant createdAt) {
        this.proposalId = proposalId;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }
}
