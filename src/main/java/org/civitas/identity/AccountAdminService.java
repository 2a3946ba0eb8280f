package org.civitas.identity;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.internal.Account;
import org.civitas.identity.internal.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins grant and revoke roles. */
@Service
@Transactional(readOnly = true)
@RolesAllowed("ADMIN")
public class AccountAdminService {

    private static final Logger log = LoggerFactory.getLogger(AccountAdminService.class);
    private final AccountRepository accounts;

    AccountAdminService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A page of accounts whose email or name contains {@code text}, newest first. */
    public List<AccountSummary> find(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by(Sort.Direction.DESC, "id"));
        return accounts.search(text == null ? "" : text.strip(), page).map(Account::summary).getContent();
    }

    public int count(String text) {
        return (int) accounts.search(text == null ? "" : text.strip(), PageRequest.of(0, 1)).getTotalElements();
    }

    @Transactional
    public AccountSummary grant(long accountId, Role role) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.getRoles().add(role);
        log.info("{} granted {} to account {}", actor(), role, accountId);
        return account.summary();
    }

    /** Revokes a role; an admin cannot take away their own ADMIN role, so the city always keeps one. */
    @Transactional
    public AccountSummary revoke(long accountId, Role role) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (role == Role.ADMIN && account.getEmail().equals(actor())) {
            throw new IllegalArgumentException("An admin cannot revoke their own ADMIN role");
        }
        account.getRoles().remove(role);
        log.info("{} revoked {} from account {}", actor(), role, accountId);
        return account.summary();
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
