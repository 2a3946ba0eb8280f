package org.civitas.identity;

import java.util.Set;

import org.civitas.shared.Language;

/** The signed-in account as the views see it. */
public record CurrentAccount(long id, String email, String displayName, Language language, Long districtId,
        java.time.LocalDate birthDate, Set<Role> roles) {

    /** Age in whole years on the given day, if the person declared a date of birth. */
    public java.util.OptionalInt ageOn(java.time.LocalDate day) {
        return birthDate == null ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(java.time.Period.between(birthDate, day).getYears());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
