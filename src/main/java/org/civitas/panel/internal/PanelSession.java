package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting of the panel: when, where or at which link, and what is arranged for interpretation and access. */
@Entity
@Table(name = "panel_session")
public class PanelSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private String title;
    private Instant startsAt;
    private String place;
    private String link;
    private String arrangements;

    protected PanelSession() {
    }

    PanelSession(long panelId, String title, Instant startsAt, String place, String link, String arrangements) {
        this.panelId = panelId;
        this.title = title;
        this.startsAt = startsAt;
        this.place = place;
        this.link = link;
        this.arrangements = arrangements;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public String getLink() { return link; }
    public String getArrangements() { return arrangements; }
}
