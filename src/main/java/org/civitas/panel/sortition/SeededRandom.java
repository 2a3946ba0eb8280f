package org.civitas.panel.sortition;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The draw's random numbers, specified here so that anyone can recompute them from the published seed,
 * in any language, without relying on a JDK class whose algorithm may change:
 * <ul>
 * <li>block i (i = 0, 1, 2, ...) is SHA-256 of UTF-8(purpose) || 0x00 || UTF-8(seed) || 0x00 || i as
 * 8 bytes big-endian; each block gives four 64-bit words (big-endian), used in order;</li>
 * <li>{@code below(n)} takes a word w, sets x = w >>> 1 (63 bits) and returns x mod n when
 * x &lt; L = (2^63 - 1) - ((2^63 - 1) mod n); otherwise it takes the next word (so every result is
 * exactly equally likely);</li>
 * <li>{@code choose(items, k)} is a partial Fisher-Yates shuffle: for i = 0 .. k-1, swap item i with item
 * i + below(size - i); the first k items are chosen, in that order.</li>
 * </ul>
 * The purpose ("panel", "reserves", "invitations") keeps the streams of different draws from the same seed apart.
 */
public final class SeededRandom {

    private final byte[] prefix;
    private long block;
    private ByteBuffer words = ByteBuffer.allocate(0);

    public SeededRandom(String seed, String purpose) {
        byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] s = seed.getBytes(StandardCharsets.UTF_8);
        prefix = ByteBuffer.allocate(p.length + s.length + 2).put(p).put((byte) 0).put(s).put((byte) 0).array();
    }

    /** A uniformly random number in [0, bound). */
    public long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        while (true) {
            long x = nextWord() >>> 1;
            if (x < limit) {
                return x % bound;
            }
        }
    }

    /** k items chosen uniformly at random without replacement, in the order drawn. */
    public <T> List<T> choose(List<T> items, int k) {
        List<T> shuffled = new ArrayList<>(items);
        for (int i = 0; i < k; i++) {
            Collections.swap(shuffled, i, i + (int) below(shuffled.size() - i));
        }
        return List.copyOf(shuffled.subList(0, k));
    }

    private long nextWord() {
        if (!words.hasRemaining()) {
            words = ByteBuffer.wrap(sha256(ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(block++)
                    .array()));
        }
        return words.getLong();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
