package org.civitas.identity;

import java.util.Set;

import org.civitas.shared.Language;

/** The signed-in account as the views see it. */
public record CurrentAccount(long id, String email, String displayName, Language language, Long districtId,
        Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
