package org.civitas.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.civitas.panel.Quota;

@Embeddable
public class QuotaEntry {

    private String category;
    private String feature;
    @Column(name = "min_seats")
    private int min;
    @Column(name = "max_seats")
    private int max;

    protected QuotaEntry() {
    }

    QuotaEntry(Quota quota) {
        this.category = quota.category();
        this.feature = quota.feature();
        this.min = quota.min();
        this.max = quota.max();
    }

    Quota quota() {
        return new Quota(category, feature, min, max);
    }
}
