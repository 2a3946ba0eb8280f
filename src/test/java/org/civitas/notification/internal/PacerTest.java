package org.civitas.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void never_lets_callers_through_faster_than_its_rate() throws InterruptedException {
        var pacer = new Pacer(1_000);
        long began = System.nanoTime();
        for (int i = 0; i < 101; i++) {
            pacer.await();
        }
        // the first goes at once, each of the next hundred a millisecond after the one before
        assertThat(System.nanoTime() - began).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void holds_the_rate_for_several_threads_together() throws InterruptedException {
        var pacer = new Pacer(1_000);
        Runnable fifty = () -> {
            for (int i = 0; i < 50; i++) {
                try {
                    pacer.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        long began = System.nanoTime();
        Thread a = new Thread(fifty);
        Thread b = new Thread(fifty);
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(System.nanoTime() - began).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(99));
    }

    @Test
    void refuses_a_rate_that_is_not_positive() {
        assertThatThrownBy(() -> new Pacer(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
