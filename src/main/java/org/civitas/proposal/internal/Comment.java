package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's comment on a proposal, or a reply to one (threads are one level deep, as on most platforms). */
@Entity
@Table(name = "proposal_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private Long parentId;
    private long authorId;
    private String text;
    private Instant createdAt;
    private String hiddenReason;
    private Instant hiddenAt;

    protected Comment() {
    }

    public Comment(long proposalId, Long parentId, long authorId, String text, Instant createdAt) {
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    public void hide(String reason, Instant at) {
        hiddenReason = reason;
        hiddenAt = at;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public Long getParentId() { return parentId; }
    public long getAuthorId() { return authorId; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
    public String getHiddenReason() { return hiddenReason; }
}
