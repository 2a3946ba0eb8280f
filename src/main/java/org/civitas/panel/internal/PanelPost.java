package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A post in a discussion thread; a moderator may hide it, and its reason then shows in its place. */
@Entity
@Table(name = "panel_post")
public class PanelPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long threadId;
    private String author;
    /** Whose post it is, so that erasing the account erases the name (null for the demo). */
    private Long authorAccountId;
    private String text;
    private Instant postedAt;
    private String hiddenReason;

    protected PanelPost() {
    }

    PanelPost(long threadId, String author, Long authorAccountId, String text, Instant postedAt) {
        this.authorAccountId = authorAccountId;
        this.threadId = threadId;
        this.author = author;
        this.text = text;
        this.postedAt = postedAt;
    }

    void hide(String reason) {
        this.hiddenReason = reason;
    }

    public Long getId() { return id; }
    public long getThreadId() { return threadId; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public Instant getPostedAt() { return postedAt; }
    public String getHiddenReason() { return hiddenReason; }
}
