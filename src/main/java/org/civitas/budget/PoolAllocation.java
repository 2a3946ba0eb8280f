package org.civitas.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How Kraków divides money between district pools and sets their cost limits. */
public final class PoolAllocation {

    /** Kraków's cap on a district project: 40% of the district's pool. */
    public static final BigDecimal DISTRICT_MAX_SHARE = new BigDecimal("0.40");
    /** Kraków's smallest district project (2025). */
    public static final BigDecimal DISTRICT_MIN_COST = new BigDecimal("2500.00");

    private PoolAllocation() {
    }

    /**
     * Splits {@code total} (whole złoty; any grosze are left out) between the districts in proportion to their
     * population, in whole złoty, by the largest-remainder method, so the pools add up exactly to the total.
     * Equal remainders go to the larger district, then to the lower number, so the split is repeatable.
     *
     * @return the amount per district id, in the order given, each with scale 2
     */
    public static Map<Long, BigDecimal> byPopulation(BigDecimal total, List<DistrictSummary> districts) {
        BigInteger whole = total.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        BigInteger population = BigInteger.valueOf(districts.stream().mapToLong(DistrictSummary::population).sum());
        if (population.signum() == 0) {
            throw new IllegalArgumentException("The districts have no population");
        }
        record Share(DistrictSummary district, BigInteger floor, BigInteger remainder) {
        }
        List<Share> shares = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (DistrictSummary d : districts) {
            BigInteger[] division = whole.multiply(BigInteger.valueOf(d.population())).divideAndRemainder(population);
            shares.add(new Share(d, division[0], division[1]));
            given = given.add(division[0]);
        }
        int left = whole.subtract(given).intValueExact(); // fewer than the number of districts
        List<Share> byRemainder = shares.stream().sorted(Comparator.comparing(Share::remainder).reversed()
                .thenComparing(s -> -s.district().population()).thenComparing(s -> s.district().number())).toList();
        Map<Long, BigInteger> extra = new LinkedHashMap<>();
        byRemainder.stream().limit(left).forEach(s -> extra.put(s.district().id(), BigInteger.ONE));
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        for (Share s : shares) {
            BigInteger amount = s.floor().add(extra.getOrDefault(s.district().id(), BigInteger.ZERO));
            result.put(s.district().id(), new BigDecimal(amount).setScale(2));
        }
        return result;
    }

    /** The largest cost of a district project: 40% of its pool, rounded down to whole złoty. */
    public static BigDecimal districtMaxCost(BigDecimal poolAmount) {
        return poolAmount.multiply(DISTRICT_MAX_SHARE).setScale(0, RoundingMode.DOWN).setScale(2);
    }
}
