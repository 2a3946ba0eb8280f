package org.civitas.panel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberStatus;
import org.civitas.shared.Language;

/** A seat or a role in a panel, from the invitation (answered through a link sent by mail) onwards. */
@Entity
@Table(name = "panel_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private Long volunteerId;
    private Long accountId;
    private String name;
    private String email;
    private String language;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    private LocalDate respondBy;
    private String tokenHash;
    private Instant invitedAt;
    private Instant respondedAt;

    protected Member() {
    }

    public Member(long panelId, Long volunteerId, Long accountId, String name, String email, Language language,
            MemberRole role, LocalDate respondBy, String tokenHash, Instant invitedAt) {
        this.panelId = panelId;
        this.volunteerId = volunteerId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.language = language.code();
        this.role = role;
        this.status = MemberStatus.INVITED;
        this.respondBy = respondBy;
        this.tokenHash = tokenHash;
        this.invitedAt = invitedAt;
    }

    public void answer(MemberStatus answer, Long accountId, Instant at) {
        this.status = answer;
        this.respondedAt = at;
        if (accountId != null) {
            this.accountId = accountId;
        }
    }

    /** The person erased their account: their name and contact go, their place and answers stay. */
    public void erase() {
        this.name = "—";
        this.email = null;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public Long getVolunteerId() { return volunteerId; }
    public Long getAccountId() { return accountId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Language language() { return Language.fromCode(language).orElse(Language.DEFAULT); }
    public MemberRole getRole() { return role; }
    public MemberStatus getStatus() { return status; }
    public LocalDate getRespondBy() { return respondBy; }
}
