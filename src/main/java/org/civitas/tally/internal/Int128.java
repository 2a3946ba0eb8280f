package org.civitas.tally.internal;

/** Exact comparison of products of two longs, which may need 126 bits. */
final class Int128 {
    private Int128() {
    }

    /** The sign of {@code a*b - c*d}, for factors from 0 to {@code Long.MAX_VALUE}. */
    static int compareProducts(long a, long b, long c, long d) {
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }
}
