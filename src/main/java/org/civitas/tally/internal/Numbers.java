package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Number parsing for pabulib cells: plain decimal notation only, never double. */
public final class Numbers {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() {
    }

    /** A plain decimal such as {@code 1656699.67}; empty for anything else (exponents included). */
    public static Optional<BigDecimal> decimal(String text) {
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** A whole number that fits a long; empty for anything else. */
    public static OptionalLong whole(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException notWhole) {
            return OptionalLong.empty();
        }
    }
}
