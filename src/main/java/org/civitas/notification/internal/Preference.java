package org.civitas.notification.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.civitas.notification.DeliveryMode;
import org.civitas.notification.NotificationKind;

/** How one person wants one kind of notification; without a row, immediately. */
@Entity
@Table(name = "notification_preference")
@IdClass(Preference.Key.class)
public class Preference {

    public record Key(Long accountId, NotificationKind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long accountId;
    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Enumerated(EnumType.STRING)
    private DeliveryMode mode;

    protected Preference() {
    }

    public Preference(long accountId, NotificationKind kind, DeliveryMode mode) {
        this.accountId = accountId;
        this.kind = kind;
        this.mode = mode;
    }

    public long getAccountId() { return accountId; }
    public NotificationKind getKind() { return kind; }
    public DeliveryMode getMode() { return mode; }
    public void setMode(DeliveryMode mode) { this.mode = mode; }
}
