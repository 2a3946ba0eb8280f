package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The expected numbers were computed by a separate Python implementation of the scheme documented in
 * {@link SeededRandom} (hashlib.sha256), so the documentation is enough to check a draw.
 */
class SeededRandomTest {

    private static final String SEED = "lotto 7 13 22 31 40 45";

    @Test
    void gives_the_documented_numbers_for_a_seed() {
        SeededRandom random = new SeededRandom(SEED, "panel");
        assertEquals(List.of(7L, 4L, 9L, 6L, 3L, 8L, 9L, 5L), draws(random, 10, 8));
        assertEquals(List.of(939791944L, 167051381L, 337976318L), draws(random, 1_000_000_007L, 3));
        // A bound just above 2^62 rejects about half the words, which exercises the rejection step.
        assertEquals(List.of(1796680594841188066L, 3955275822252080988L, 236408734165581911L),
                draws(random, (1L << 62) + 1, 3));
    }

    @Test
    void keeps_the_streams_of_different_purposes_apart() {
        assertEquals(List.of(9L, 4L, 6L, 2L, 2L, 7L, 3L, 6L), draws(new SeededRandom(SEED, "reserves"), 10, 8));
    }

    @Test
    void chooses_by_a_partial_fisher_yates_shuffle() {
        List<String> items = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        assertEquals(List.of("d", "a", "g"), new SeededRandom("", "panel").choose(items, 3));
    }

    @Test
    void spreads_numbers_evenly() {
        SeededRandom random = new SeededRandom("evenness", "panel");
        int[] counts = new int[6];
        IntStream.range(0, 60_000).forEach(i -> counts[(int) random.below(6)]++);
        for (int count : counts) {
            assertEquals(10_000, count, 400);
        }
    }

    private static List<Long> draws(SeededRandom random, long bound, int count) {
        return LongStream.range(0, count).map(i -> random.below(bound)).boxed().toList();
    }
}
