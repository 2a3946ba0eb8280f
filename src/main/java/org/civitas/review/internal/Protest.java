package org.civitas.review.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.civitas.review.ProtestStatus;
import org.civitas.review.ProtestSummary;

/** An author's protest against a negative decision; one per proposal (a unique key forbids a second). */
@Entity
public class Protest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private long authorId;
    private String reasons;
    private Instant filedAt;
    @Enumerated(EnumType.STRING)
    private ProtestStatus status = ProtestStatus.FILED;
    private Instant hearingAt;
    private String hearingPlace;
    private String hearingParticipants;
    private String outcomeText;
    private Long decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    protected Protest() {
    }

    public Protest(long proposalId, long authorId, String reasons, Instant filedAt) {
        this.proposalId = proposalId;
        this.authorId = authorId;
        this.reasons = reasons;
        this.filedAt = filedAt;
    }

    public void schedule(Instant at, String place, String participants) {
        hearingAt = at;
        hearingPlace = place;
        hearingParticipants = participants;
        status = ProtestStatus.HEARING_SCHEDULED;
    }

    public void decide(boolean upheld, String text, long by, Instant at) {
        status = upheld ? ProtestStatus.UPHELD : ProtestStatus.DISMISSED;
        outcomeText = text;
        decidedBy = by;
        decidedAt = at;
    }

    public ProtestSummary summary(String title) {
        return new ProtestSummary(id, proposalId, title, reasons, filedAt, status, hearingAt, hearingPlace,
                hearingParticipants, outcomeText);
    }

    public long getProposalId() { return proposalId; }
    public ProtestStatus getStatus() { return status; }
}
