package org.civitas.review.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An official's internal note on a proposal under review; residents never see it. */
@Entity
public class ReviewNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private long authorId;
    private Instant createdAt;
    private String text;

    protected ReviewNote() {
    }

    public ReviewNote(long proposalId, long authorId, Instant createdAt, String text) {
        this.proposalId = proposalId;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.text = text;
    }

    public long getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getText() { return text; }
}
