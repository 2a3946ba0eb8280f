package org.civitas.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;

import org.civitas.identity.internal.Account;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The signed-in person's own account: profile, language, their data as JSON, and deleting the account. */
@Service
@Validated
@Transactional(readOnly = true)
public class ProfileService {

    private final AccountRepository accounts;
    private final ObjectMapper json;
    private final TransactionTemplate readOnly;
    /** Looked up when an export is made, so that a section may use services that use this one. */
    private final ObjectProvider<PersonalDataSection> sections;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProfileService(AccountRepository accounts, ObjectMapper json,
            org.springframework.context.ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ObjectProvider<PersonalDataSection> sections) {
        this.sections = sections;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.accounts = accounts;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.events = events;
    }

    /** The signed-in account, or empty for a visitor. */
    public Optional<CurrentAccount> current() {
        return signedIn().map(Account::current);
    }

    /**
     * The signed-in account's id: from the session's principal when the sign-in put it there (every real sign-in
     * does), else in one small query. For hot paths (casting a ballot) that need nothing else, so it opens no
     * transaction of its own unless it queries. The query still runs in a read-only transaction: without one,
     * inside a caller's non-transactional scope such as {@code VotingService.cast}, the shared EntityManager
     * would hold its connection until that caller returns, while the ballot's group commit needs another one; 32
     * voters then exhausted the pool of 20 (VotingBenchmark, December 2026).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Long> currentId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof SignedInAccount signedIn) {
            return Optional.of(signedIn.accountId());
        }
        return readOnly.execute(status -> accounts.findIdByEmail(auth.getName()));
    }

    @PermitAll
    @Transactional
    public CurrentAccount update(@Valid ProfileData data) {
        Account account = requireSignedIn();
        account.setDisplayName(data.getDisplayName().strip());
        account.setLanguage(data.getLanguage());
        account.setDistrictId(data.getDistrictId());
        account.setBirthDate(data.getBirthDate());
        return account.current();
    }

    /** Remembers the language for a signed-in person; a visitor's choice lives in their browser only. */
    @Transactional
    public void rememberLanguage(Language language) {
        signedIn().ifPresent(a -> a.setLanguage(language));
    }

    /**
     * Everything Civitas holds about the signed-in person, as JSON (GDPR art. 15 and 20): the account, then each
     * module's part by name. How they voted is not in it: nothing links a ballot to a person (ADR 6).
     */
    @PermitAll
    public byte[] exportMyData() {
        Account a = requireSignedIn();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", a.getEmail());
        data.put("displayName", a.getDisplayName());
        data.put("language", a.language().code());
        data.put("districtId", a.getDistrictId());
        data.put("birthDate", a.getBirthDate());
        data.put("roles", a.getRoles());
        data.put("registeredAt", a.getCreatedAt());
        data.put("verifiedAt", a.getVerifiedAt());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("account", data);
        sections.stream().sorted(java.util.Comparator.comparing(PersonalDataSection::name))
                .forEach(section -> export.put(section.name(), section.of(a.getId())));
        try {
            return json.writeValueAsBytes(export);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Erases the person's data; their public contributions stay, without a name. */
    @PermitAll
    @Transactional
    public void deleteMyAccount() {
        Account account = requireSignedIn();
        account.anonymise();
        events.publishEvent(new AccountErased(account.getId()));
    }

    private Account requireSignedIn() {
        return signedIn().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    private Optional<Account> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByEmail(auth.getName());
    }
}
