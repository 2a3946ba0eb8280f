package org.civitas.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.validation.Valid;

import org.civitas.identity.internal.Account;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.identity.internal.AccountStatus;
import org.civitas.identity.internal.AccountToken;
import org.civitas.identity.internal.AccountToken.Purpose;
import org.civitas.identity.internal.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Registration, email verification and password reset: everything a visitor does before signing in. */
@Service
@Validated
@Transactional
public class AccountService {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final Tokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private String baseUrl;

    AccountService(AccountRepository accounts, Tokens tokens, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Value("${civitas.base-url}")
    void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Creates a pending account and sends the verification mail (through the outbox, after commit). */
    public void register(@Valid Registration registration) {
        String email = normalise(registration.getEmail());
        if (accounts.existsByEmail(email)) {
            throw new EmailInUseException();
        }
        Account account = accounts.save(new Account(email, passwordEncoder.encode(registration.getPassword()),
                registration.getDisplayName().strip(), registration.getLanguage(), clock.instant()));
        requestVerification(account);
    }

    public TokenCheck verifyEmail(String secret) {
        return use(secret, Purpose.VERIFY, token -> token.getAccount().verify(clock.instant()));
    }

    /** A new link for the account behind an expired one, so that nobody is stuck with a dead link. */
    public boolean resendVerification(String expiredSecret) {
        return tokens.find(expiredSecret, Purpose.VERIFY)
                .map(AccountToken::getAccount)
                .filter(a -> a.getStatus() == AccountStatus.PENDING)
                .map(a -> {
                    requestVerification(a);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Sends a reset link if an account has this address. It answers the same either way, so that nobody
     * learns from it who has an account.
     */
    public void requestPasswordReset(String email) {
        accounts.findByEmail(normalise(email))
                .filter(a -> a.getStatus() != AccountStatus.DELETED)
                .ifPresent(a -> {
                    String secret = tokens.issue(a, Purpose.RESET, RESET_VALIDITY);
                    events.publishEvent(new PasswordResetRequested(a.getEmail(), a.getDisplayName(), a.language(),
                            baseUrl + "/reset-password?token=" + secret));
                });
    }

    public TokenCheck checkResetLink(String secret) {
        return tokens.find(secret, Purpose.RESET).map(t -> state(t)).orElse(TokenCheck.UNKNOWN);
    }

    public TokenCheck resetPassword(String secret, @Password String newPassword) {
        return use(secret, Purpose.RESET, token -> {
            Account account = token.getAccount();
            account.setPasswordHash(passwordEncoder.encode(newPassword));
            // the link came to the owner's mailbox, which proves the address as well
            account.verify(clock.instant());
        });
    }

    private void requestVerification(Account account) {
        String secret = tokens.issue(account, Purpose.VERIFY, VERIFICATION_VALIDITY);
        events.publishEvent(new EmailVerificationRequested(account.getEmail(), account.getDisplayName(),
                account.language(), baseUrl + "/verify?token=" + secret));
    }

    private TokenCheck use(String secret, Purpose purpose, java.util.function.Consumer<AccountToken> action) {
        return tokens.find(secret, purpose).map(token -> {
            TokenCheck state = state(token);
            if (state == TokenCheck.ACCEPTED) {
                token.use(clock.instant());
                action.accept(token);
            }
            return state;
        }).orElse(TokenCheck.UNKNOWN);
    }

    private TokenCheck state(AccountToken token) {
        if (token.isUsed()) {
            return TokenCheck.ALREADY_USED;
        }
        return token.isExpired(clock.instant()) ? TokenCheck.EXPIRED : TokenCheck.ACCEPTED;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
