package org.civitas.notification;

public enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST, NONE;

    public String translationKey() {
        return "notification.mode." + name().toLowerCase();
    }
}
