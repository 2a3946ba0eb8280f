package org.civitas.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one address, each further attempt
 * must wait twice as long as the last (up to {@link #MAX_WAIT}). Failures are logged without the password.
 * Kept in memory: one instance serves the city, and a restart forgetting the count costs an attacker little.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this address again; zero when free to try. */
    public Duration waitFor(String email) {
        Failures f = failures.get(email);
        if (f == null || f.count() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration wait = backoff(f.count());
        Duration elapsed = Duration.between(f.last(), clock.instant());
        return elapsed.compareTo(wait) >= 0 ? Duration.ZERO : wait.minus(elapsed);
    }

    public void failed(String email, String remoteAddress) {
        Failures f = failures.merge(email, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
        log.warn("Failed sign-in #{} for {} from {}", f.count(), email, remoteAddress);
        if (failures.size() > 100_000) {
            failures.clear(); // a flood of made-up addresses must not exhaust memory
        }
    }

    public void succeeded(String email) {
        failures.remove(email);
    }

    static Duration backoff(int count) {
        int exponent = Math.min(count - FREE_ATTEMPTS, 10);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
