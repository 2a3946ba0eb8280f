package org.civitas.proposal.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.proposal.AttachmentSummary;

/** A picture or PDF of a proposal. The bytes load only when asked for, so lists of attachments stay light. */
@Entity
@Table(name = "proposal_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private String fileName;
    private String mediaType;
    private int sizeBytes;
    private String altText;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Basic(fetch = FetchType.LAZY)
    private byte[] thumbnail;
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(long proposalId, InspectedAttachment file, byte[] content, byte[] thumbnail, String altText,
            Instant uploadedAt) {
        this.proposalId = proposalId;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.thumbnail = thumbnail;
        this.altText = altText;
        this.uploadedAt = uploadedAt;
    }

    public AttachmentSummary summary() {
        return new AttachmentSummary(id, fileName, mediaType, sizeBytes, altText == null ? "" : altText,
                thumbnail != null);
    }

    public long getProposalId() { return proposalId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public byte[] getContent() { return content; }
    public byte[] getThumbnail() { return thumbnail; }
}
