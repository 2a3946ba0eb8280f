package org.civitas.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PoolAllocationTest {

    @Test
    void splits_krakows_district_money_by_population_to_the_exact_zloty() {
        Map<Long, BigDecimal> pools = PoolAllocation.byPopulation(new BigDecimal("40800000"), KrakowDistricts.all());

        assertThat(pools).hasSize(18);
        assertThat(pools.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("40800000");
        assertThat(pools.values()).allSatisfy(a -> assertThat(a.stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        int population = KrakowDistricts.all().stream().mapToInt(DistrictSummary::population).sum();
        for (DistrictSummary d : KrakowDistricts.all()) {
            double exact = 40_800_000.0 * d.population() / population;
            assertThat(pools.get(d.id()).doubleValue()).as(d.name()).isBetween(Math.floor(exact), Math.floor(exact) + 1);
        }
        // Prądnik Biały is the largest district, Łagiewniki-Borek Fałęcki the smallest
        assertThat(pools.get(4L)).isGreaterThan(pools.get(9L));
    }

    @Test
    void gives_the_zloty_left_over_to_the_largest_remainders() {
        var three = List.of(new DistrictSummary(1, 1, "I", "A", 1), new DistrictSummary(2, 2, "II", "B", 1),
                new DistrictSummary(3, 3, "III", "C", 1));

        Map<Long, BigDecimal> pools = PoolAllocation.byPopulation(new BigDecimal("100"), three);

        assertThat(pools.values()).extracting(BigDecimal::intValue).containsExactly(34, 33, 33);
    }

    @Test
    void caps_a_district_project_at_forty_percent_of_the_pool_rounded_down() {
        assertThat(PoolAllocation.districtMaxCost(new BigDecimal("1234567.00"))).isEqualByComparingTo("493826").hasScaleOf(2);
        assertThat(PoolAllocation.districtMaxCost(new BigDecimal("1000000"))).isEqualByComparingTo("400000");
    }
}
