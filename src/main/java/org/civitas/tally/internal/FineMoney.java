package org.civitas.tally.internal;

import java.math.BigDecimal;

/**
 * The unit of Equal Shares accounts in one run: 10^-scale of a currency unit, as fine as the
 * run's sums allow without overflowing a long (usually a billionth of a currency unit).
 *
 * @param scale      decimal places of a fine unit
 * @param inputScale decimal places of the smallest unit of the input's budget and costs
 */
record FineMoney(int scale, int inputScale) {
    private static final int FINEST_SCALE = 9;
    private static final BigDecimal LARGEST_SUM = BigDecimal.valueOf(1L << 62);

    /**
     * The finest unit in which all voters' accounts together, and the dearest project, stay below
     * 2^62: every sum a run makes is at most one of these.
     */
    static FineMoney forRun(int inputScale, long voters, long moneyPerVoter, BigDecimal dearest) {
        BigDecimal largest = BigDecimal.valueOf(voters).multiply(BigDecimal.valueOf(moneyPerVoter)).max(dearest);
        for (int scale = FINEST_SCALE; scale >= inputScale; scale--) {
            if (largest.movePointRight(scale).compareTo(LARGEST_SUM) <= 0) {
                return new FineMoney(scale, inputScale);
            }
        }
        throw new IllegalArgumentException("the budget, costs and number of voters are too large for Equal Shares");
    }

    long perCurrencyUnit() {
        return pow10(scale);
    }

    /** From the smallest currency unit of the input to fine units. */
    long fromUnits(long units) {
        return Math.multiplyExact(units, pow10(scale - inputScale));
    }

    BigDecimal toCurrency(long fine) {
        return BigDecimal.valueOf(fine, scale);
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
