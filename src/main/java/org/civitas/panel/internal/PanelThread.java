package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A discussion topic of the panel. */
@Entity
@Table(name = "panel_thread")
public class PanelThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private String topic;
    private String openedBy;
    private Long openedByAccountId;
    private Instant openedAt;

    protected PanelThread() {
    }

    PanelThread(long panelId, String topic, String openedBy, Long openedByAccountId, Instant openedAt) {
        this.openedByAccountId = openedByAccountId;
        this.panelId = panelId;
        this.topic = topic;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public String getTopic() { return topic; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
}
