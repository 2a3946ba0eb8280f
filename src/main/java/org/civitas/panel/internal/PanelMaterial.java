package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A learning material from an expert: a summary with a link or a PDF. Public, like the panel's page. */
@Entity
@Table(name = "panel_material")
public class PanelMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private String author;
    private Long authorAccountId;
    private String title;
    private String summary;
    private String link;
    private String fileName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private Instant createdAt;

    protected PanelMaterial() {
    }

    PanelMaterial(long panelId, String author, Long authorAccountId, String title, String summary, String link, String fileName,
            byte[] content, Instant createdAt) {
        this.panelId = panelId;
        this.author = author;
        this.authorAccountId = authorAccountId;
        this.title = title;
        this.summary = summary;
        this.link = link;
        this.fileName = fileName;
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public String getAuthor() { return author; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getLink() { return link; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
}
