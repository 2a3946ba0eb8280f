package org.civitas.panel.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.civitas.panel.Channel;
import org.hibernate.annotations.BatchSize;
import org.civitas.panel.Outcome;
import org.civitas.shared.Language;

/** A resident who registered interest in a panel, with their answers to its stratification questions. */
@Entity
@Table(name = "panel_volunteer")
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private Long accountId;
    private String name;
    private String email;
    private String language;
    private String needs;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant consentedAt;
    // a panel's pool is read whole (the draw, its files, the counts): answers come a few hundred volunteers a query
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 500)
    @CollectionTable(name = "panel_volunteer_answer", joinColumns = @JoinColumn(name = "volunteer_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "feature")
    private Map<String, String> answers = new HashMap<>();
    private Double probability;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Integer reserveRank;
    /** The invited address whose letter's code the volunteer gave, if any. */
    private Long addressId;

    protected Volunteer() {
    }

    public Volunteer(long panelId, Long accountId, String name, String email, Language language, String needs,
            Channel channel, Map<String, String> answers, Instant consentedAt) {
        this.panelId = panelId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.language = language.code();
        this.needs = needs;
        this.channel = channel;
        this.answers.putAll(answers);
        this.consentedAt = consentedAt;
        this.outcome = Outcome.POOL;
    }

    public Volunteer invitedAt(Long addressId) {
        this.addressId = addressId;
        return this;
    }

    public void drawnAs(double probability, Outcome outcome, Integer reserveRank) {
        this.probability = probability;
        this.outcome = outcome;
        this.reserveRank = reserveRank;
    }

    /** A reserve called to a seat. */
    public void called() {
        this.outcome = Outcome.MEMBER;
        this.reserveRank = null;
    }

    /** The person erased their account: their name and contact go, their place and answers stay. */
    public void erase() {
        this.name = "—";
        this.email = null;
        this.needs = "";
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public Long getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Language language() { return Language.fromCode(language).orElse(Language.DEFAULT); }
    public String getNeeds() { return needs; }
    public Channel getChannel() { return channel; }
    public Map<String, String> getAnswers() { return Map.copyOf(answers); }
    public Double getProbability() { return probability; }
    public Outcome getOutcome() { return outcome; }
    public Integer getReserveRank() { return reserveRank; }
    public Long getAddressId() { return addressId; }
}
