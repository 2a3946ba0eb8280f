package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Roles are checked by the services, whatever view calls them. */
class AuthorisationTest extends IntegrationTest {

    @Autowired
    AccountAdminService admin;

    @Test
    void only_an_admin_may_list_accounts_or_change_roles() {
        String resident = accounts.create();
        long residentId = accounts.find(resident).getId();

        assertThatThrownBy(() -> admin.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        accounts.signIn(resident);
        assertThatThrownBy(() -> admin.grant(residentId, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(accounts.create(Role.OFFICIAL));
        assertThatThrownBy(() -> admin.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(accounts.create(Role.ADMIN));
        assertThat(admin.grant(residentId, Role.OFFICIAL).roles()).contains(Role.OFFICIAL, Role.RESIDENT);
        assertThat(admin.revoke(residentId, Role.OFFICIAL).roles()).doesNotContain(Role.OFFICIAL);
    }

    @Test
    void an_admin_cannot_revoke_their_own_admin_role() {
        String email = accounts.create(Role.ADMIN);
        accounts.signIn(email);

        assertThatThrownBy(() -> admin.revoke(accounts.find(email).getId(), Role.ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.find(email).getRoles()).contains(Role.ADMIN);
    }

    @Test
    void finds_accounts_page_by_page() {
        accounts.signIn(accounts.create(Role.ADMIN));
        String marker = accounts.create();

        assertThat(admin.find(marker, 0, 10)).extracting(AccountSummary::email).containsExactly(marker);
        assertThat(admin.count("example.org")).isGreaterThanOrEqualTo(2);
        assertThat(admin.find("example.org", 0, 1)).hasSize(1);
    }
}
