package org.civitas.notification.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A notification waiting for the person's daily digest. */
@Entity
public class DigestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private String subject;
    private String text;
    private Instant createdAt;

    protected DigestItem() {
    }

    public DigestItem(long accountId, String subject, String text, Instant createdAt) {
        this.accountId = accountId;
        this.subject = subject;
        this.text = text;
        this.createdAt = createdAt;
    }

    public long getAccountId() { return accountId; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
}
