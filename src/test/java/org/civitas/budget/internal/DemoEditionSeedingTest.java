package org.civitas.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.DistrictService;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class DemoEditionSeedingTest extends IntegrationTest {

    @Autowired
    EditionRepository editions;

    @Autowired
    DistrictService districts;

    @Autowired
    ApplicationContext context;

    @Test
    void the_demo_edition_is_not_seeded_outside_dev() {
        assertThat(context.getBeansOfType(DemoEdition.class)).isEmpty();
    }

    @Test
    void seeding_twice_leaves_one_demo_edition() {
        var seeder = new DemoEdition(editions, districts, clock);
        seeder.run(null);
        long after = editions.count();
        seeder.run(null);

        assertThat(editions.existsByPolishName(DemoEdition.POLISH_NAME)).isTrue();
        assertThat(editions.existsByPolishName(DemoEdition.VOTE_POLISH_NAME)).isTrue();
        assertThat(editions.count()).isEqualTo(after);
    }
}
