package org.civitas.identity;

import java.time.Duration;

/** The outcome of a sign-in attempt; {@code retryAfter} says how long a throttled caller must wait. */
public record LoginResult(Outcome outcome, Duration retryAfter) {

    public enum Outcome {
        SIGNED_IN, BAD_CREDENTIALS, NOT_VERIFIED, THROTTLED
    }

    static LoginResult of(Outcome outcome) {
        return new LoginResult(outcome, Duration.ZERO);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
