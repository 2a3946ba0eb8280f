package org.civitas.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: Spring Security's user (email, roles) with the account's id, so that a hot
 * path such as casting a ballot knows who is casting without asking the database on every request. An id never
 * changes; what can (roles, name, district) is still read from the account where it matters. Equal, as any User,
 * when the user names are, which is what sessions and remember-me rely on.
 */
public class SignedInAccount extends User {

    private static final long serialVersionUID = 1L;

    private final long accountId;

    public SignedInAccount(long accountId, String email, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}
