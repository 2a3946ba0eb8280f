package org.civitas.review.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.civitas.review.Checklist;
import org.civitas.review.ReasonTemplate;

/** The city's review of one proposal; made on first use, one per proposal. */
@Entity
public class Review {

    @Id
    private Long proposalId;
    private Long assigneeId;
    private Long unitId;
    private boolean formalComplete;
    private boolean formalCostLimits;
    private boolean formalCompetence;
    private boolean formalSupported;
    private boolean meritLegal;
    private boolean meritLand;
    private boolean meritPlans;
    private boolean meritFeasible;
    private boolean meritCost;
    private BigDecimal correctedCost;
    private String costExplanation;
    private String changesRequested;
    private LocalDate changesUntil;
    private String decision;
    @Enumerated(EnumType.STRING)
    private ReasonTemplate reasonKey;
    private String reasonText;
    private Long decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    protected Review() {
    }

    public Review(long proposalId) {
        this.proposalId = proposalId;
    }

    public void assign(Long unit, Long assignee) {
        unitId = unit;
        assigneeId = assignee;
    }

    public Checklist checklist() {
        return new Checklist(formalComplete, formalCostLimits, formalCompetence, formalSupported, meritLegal,
                meritLand, meritPlans, meritFeasible, meritCost);
    }

    public void check(Checklist c) {
        formalComplete = c.complete();
        formalCostLimits = c.costLimits();
        formalCompetence = c.competence();
        formalSupported = c.supported();
        meritLegal = c.legal();
        meritLand = c.land();
        meritPlans = c.plans();
        meritFeasible = c.feasible();
        meritCost = c.cost();
    }

    public void correctCost(BigDecimal cost, String explanation) {
        correctedCost = cost;
        costExplanation = explanation;
    }

    public void requestChanges(String request, LocalDate until) {
        changesRequested = request;
        changesUntil = until;
    }

    public void decide(boolean positive, ReasonTemplate reason, String text, long by, Instant at) {
        decision = positive ? "POSITIVE" : "NEGATIVE";
        reasonKey = reason;
        reasonText = text;
        decidedBy = by;
        decidedAt = at;
    }

    public Boolean positive() {
        return decision == null ? null : decision.equals("POSITIVE");
    }

    public long proposalId() { return proposalId; }
    public Long getAssigneeId() { return assigneeId; }
    public Long getUnitId() { return unitId; }
    public BigDecimal getCorrectedCost() { return correctedCost; }
    public String getCostExplanation() { return costExplanation; }
    public String getChangesRequested() { return changesRequested; }
    public LocalDate getChangesUntil() { return changesUntil; }
    public ReasonTemplate getReasonKey() { return reasonKey; }
    public String getReasonText() { return reasonText; }
    public Instant getDecidedAt() { return decidedAt; }
}
