package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LotteryTest {

    @Test
    void gives_whole_billionths_that_add_up_to_exactly_one() {
        assertArrayEquals(new long[] {333_333_334, 333_333_333, 333_333_333},
                Lottery.apportion(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}));
        assertArrayEquals(new long[] {100_000_000, 0, 900_000_000},
                Lottery.apportion(new double[] {0.1, 1e-12, 0.9 - 1e-12}));
    }

    @Test
    void gives_the_leftover_billionth_to_the_largest_remainder() {
        assertArrayEquals(new long[] {250_000_000, 750_000_000},
                Lottery.apportion(new double[] {0.2499999996, 0.7500000004}));
    }
}
