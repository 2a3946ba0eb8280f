package org.civitas.panel.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person who gets a mail when a panel publishes its recommendations and when the city answers them. */
@Entity
@Table(name = "panel_follower")
@IdClass(PanelFollower.Key.class)
public class PanelFollower {

    public record Key(Long panelId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long panelId;
    @Id
    private Long accountId;

    protected PanelFollower() {
    }

    public PanelFollower(long panelId, long accountId) {
        this.panelId = panelId;
        this.accountId = accountId;
    }
}
