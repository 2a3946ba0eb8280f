package org.civitas.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.civitas.shared.Secrets;
import org.springframework.stereotype.Component;

/** Issues single-use link secrets and stores only their hash. */
@Component
public class Tokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    Tokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Retires the account's older links of the purpose and returns the secret of a new one. */
    public String issue(Account account, AccountToken.Purpose purpose, Duration validFor) {
        String secret = Secrets.newSecret();
        tokens.retireAll(account, purpose, clock.instant());
        tokens.save(new AccountToken(account, purpose, hash(secret), clock.instant().plus(validFor)));
        return secret;
    }

    public java.util.Optional<AccountToken> find(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return java.util.Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.getPurpose() == purpose);
    }

    static String hash(String secret) {
        return Secrets.sha256(secret);
    }
}
