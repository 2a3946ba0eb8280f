package org.civitas.results.implementation.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person who gets a mail with each update of a funded project. */
@Entity
@Table(name = "implementation_follower")
@IdClass(Follower.Key.class)
public class Follower {

    public record Key(Long proposalId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long proposalId;
    @Id
    private Long accountId;

    protected Follower() {
    }

    public Follower(long proposalId, long accountId) {
        this.proposalId = proposalId;
        this.accountId = accountId;
    }
}
