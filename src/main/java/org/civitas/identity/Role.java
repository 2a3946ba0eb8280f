package org.civitas.identity;

/** What an account may do; a Spring Security authority is {@code ROLE_} and the name. */
public enum Role {
    RESIDENT, OFFICIAL, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
