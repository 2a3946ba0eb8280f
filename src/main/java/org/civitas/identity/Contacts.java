package org.civitas.identity;

import java.util.Optional;

import org.civitas.identity.internal.Account;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.identity.internal.AccountStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other modules' way to reach a person they know by account id or email. Not for views: it reveals addresses,
 * so callers hand contacts only to events bound for the mail outbox. Erased accounts have no contact.
 */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private final AccountRepository accounts;

    Contacts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Contact> byId(long accountId) {
        return accounts.findById(accountId).flatMap(Contacts::contact);
    }

    /** The contacts of these accounts, in one query, by account id; erased accounts are left out. */
    public java.util.Map<Long, Contact> byIds(java.util.Collection<Long> accountIds) {
        var found = new java.util.HashMap<Long, Contact>();
        accounts.findAllById(accountIds).forEach(a -> contact(a).ifPresent(c -> found.put(a.getId(), c)));
        return found;
    }

    public Optional<Contact> byEmail(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(email.strip().toLowerCase()).flatMap(Contacts::contact);
    }

    /** The active accounts that hold a role, by name (e.g. the officials a review can be assigned to). */
    public java.util.List<Contact> withRole(Role role) {
        return accounts.withRole(role).stream().map(Contacts::contact).flatMap(Optional::stream).toList();
    }

    /** The name others see next to a person's public contributions; empty once the account is erased. */
    public Optional<String> publicName(long accountId) {
        return accounts.findById(accountId).filter(a -> a.getStatus() != AccountStatus.DELETED)
                .map(Account::getDisplayName);
    }

    private static Optional<Contact> contact(Account a) {
        if (a.getStatus() == AccountStatus.DELETED) {
            return Optional.empty();
        }
        return Optional.of(new Contact(a.getId(), a.getEmail(), a.getDisplayName(), a.language()));
    }
}
