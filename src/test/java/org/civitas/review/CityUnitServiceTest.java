package org.civitas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CityUnitServiceTest extends IntegrationTest {

    @Autowired
    CityUnitService units;
    @Autowired
    ReviewQueueService queue;

    @Test
    void an_admin_adds_and_renames_a_unit_which_reviewers_can_then_choose() {
        accounts.signIn(accounts.create(Role.ADMIN));
        String code = "zzm" + System.nanoTime() % 100000;
        long id = units.create(code, Map.of(Language.PL, "Zarząd Zieleni Miejskiej", Language.UK, "Управління зелені"));
        assertThatThrownBy(() -> units.create(code.toUpperCase(), Map.of(Language.PL, "Drugi"))).isInstanceOf(ReviewRuleException.class)
                .extracting(e -> ((ReviewRuleException) e).messageKey()).isEqualTo("review.units.error.code-taken");
        assertThatThrownBy(() -> units.create("X1", Map.of(Language.EN, "No Polish name"))).isInstanceOf(ReviewRuleException.class);
        units.rename(id, Map.of(Language.PL, "Zarząd Zieleni Miejskiej w Krakowie", Language.EN, "Municipal Greenery Board"));

        accounts.signIn(accounts.create(Role.OFFICIAL));
        assertThat(queue.units()).filteredOn(u -> u.id() == id).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(code.toUpperCase());
            assertThat(u.name().in(Language.EN)).isEqualTo("Municipal Greenery Board");
            assertThat(u.name().in(Language.UK)).as("a name left out falls back to Polish").isEqualTo("Zarząd Zieleni Miejskiej w Krakowie");
        });
    }
}
