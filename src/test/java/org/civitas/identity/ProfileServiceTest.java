package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.civitas.budget.DistrictService;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProfileServiceTest extends IntegrationTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    DistrictService districts;
    @Autowired
    org.civitas.identity.internal.AccountUserDetailsService users;

    @Test
    void a_resident_updates_name_language_and_district() {
        accounts.signIn(accounts.create());
        var podgorze = districts.all().stream().filter(d -> d.name().equals("Podgórze")).findFirst().orElseThrow();
        var data = new ProfileData();
        data.setDisplayName("  Giorgi  ");
        data.setLanguage(Language.KA);
        data.setDistrictId(podgorze.id());

        CurrentAccount updated = profiles.update(data);

        assertThat(updated.displayName()).isEqualTo("Giorgi");
        assertThat(updated.language()).isEqualTo(Language.KA);
        assertThat(updated.districtId()).isEqualTo(podgorze.id());
    }

    @Test
    void exports_the_residents_own_data_as_json() throws Exception {
        String email = accounts.create();
        accounts.signIn(email);

        var json = new ObjectMapper().readTree(new String(profiles.exportMyData(), StandardCharsets.UTF_8));

        assertThat(json.at("/account/email").asText()).isEqualTo(email);
        assertThat(json.at("/account/roles/0").asText()).isEqualTo("RESIDENT");
    }

    @Test
    void deleting_the_account_erases_the_person_and_blocks_sign_in() {
        String email = accounts.create();
        long id = accounts.find(email).getId();
        accounts.signIn(email);

        profiles.deleteMyAccount();

        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.find("deleted-" + id + "@invalid").getDisplayName()).isEmpty();
    }

    @Test
    void demo_accounts_exist_only_in_the_dev_profile() {
        assertThatThrownBy(() -> users.loadUserByUsername("admin@civitas.demo")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void kraków_has_its_18_districts_with_populations() {
        assertThat(districts.all()).hasSize(18);
        assertThat(districts.all().get(0).label()).isEqualTo("I Stare Miasto");
        assertThat(districts.all()).allSatisfy(d -> assertThat(d.population()).isGreaterThan(10_000));
    }
}
