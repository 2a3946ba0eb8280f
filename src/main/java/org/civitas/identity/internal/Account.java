package org.civitas.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.Version;

import org.civitas.identity.AccountSummary;
import org.civitas.identity.CurrentAccount;
import org.civitas.identity.Role;
import org.civitas.shared.Language;

@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    @Column(name = "language")
    private String languageCode;
    private Long districtId;
    /** Self-declared; asked for only by an edition with a minimum age. */
    private java.time.LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    private Instant createdAt;
    private Instant verifiedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String passwordHash, String displayName, Language language, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.languageCode = language.code();
        this.status = AccountStatus.PENDING;
        this.createdAt = now;
        this.roles.add(Role.RESIDENT);
    }

    public void verify(Instant now) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            verifiedAt = now;
        }
    }

    /** Erases what identifies the person; the id stays so that public contributions keep a (nameless) author. */
    public void anonymise() {
        email = "deleted-" + id + "@invalid";
        passwordHash = null;
        displayName = "";
        districtId = null;
        birthDate = null;
        status = AccountStatus.DELETED;
        roles.clear();
    }

    public CurrentAccount current() {
        return new CurrentAccount(id, email, displayName, language(), districtId, birthDate, Set.copyOf(roles));
    }

    public AccountSummary summary() {
        return new AccountSummary(id, email, displayName, verifiedAt != null, Set.copyOf(roles), createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Language language() {
        return Language.fromCode(languageCode).orElse(Language.DEFAULT);
    }

    public void setLanguage(Language language) {
        this.languageCode = language.code();
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public java.time.LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(java.time.LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
