package org.civitas.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many verified residents of a district at once, written with two batch inserts: making a thousand through the
 * account service would hash a thousand passwords, which is not what the voting tests measure.
 */
public final class Residents {

    private final JdbcTemplate jdbc;

    public Residents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} new residents of the district, with no password: they only ever sign in in tests. */
    public List<String> of(long districtId, int count) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.now());
        List<String> emails = new ArrayList<>(count);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String email = "voter-" + batch + "-" + i + "@example.org";
            emails.add(email);
            rows.add(new Object[] {email, "Voter " + i, districtId, now, now});
        }
        jdbc.batchUpdate("insert into account (email, display_name, language, district_id, status, created_at, "
                + "verified_at, version) values (?, ?, 'pl', ?, 'ACTIVE', ?, ?, 0)", rows);
        jdbc.update("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email like ?",
                "voter-" + batch + "-%");
        return emails;
    }

    /** The accounts' ids, in the order of the emails. */
    public List<Long> ids(List<String> emails) {
        var byEmail = new java.util.HashMap<String, Long>();
        String batch = emails.get(0).substring(0, emails.get(0).lastIndexOf('-') + 1);
        jdbc.query("select email, id from account where email like ?", rs -> {
            byEmail.put(rs.getString(1), rs.getLong(2));
        }, batch + "%");
        return emails.stream().map(byEmail::get).toList();
    }

    /** Signs in as a real sign-in does, with a principal that carries the account's id. */
    public static void signIn(long accountId, String email) {
        var roles = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));
        var principal = new org.civitas.identity.SignedInAccount(accountId, email, "", true, roles);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, roles));
    }

    /**
     * Signs the current thread in as a resident without reading the account, with a principal that is only a name:
     * the service then looks the account up.
     */
    public static void signIn(String email) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
