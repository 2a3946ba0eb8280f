package org.civitas.notification.internal;

import java.util.concurrent.TimeUnit;

/**
 * Lets callers through at most {@code perSecond} times a second, making the surplus wait its turn. Shared by the
 * threads that send bulk mail, so the limit holds for all of them together.
 */
final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("A rate must be positive: " + perSecond);
        }
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Returns when the caller may go: at once if the rate allows, else after sleeping until its slot. */
    void await() throws InterruptedException {
        await(1);
    }

    /** As {@link #await()} for {@code permits} sends at once: the next caller waits for all of their slots. */
    void await(int permits) throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, next);
            next = slot + permits * intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
