package org.civitas.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PanelErasureTest extends IntegrationTest {

    @Autowired
    PanelFixtures fixtures;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    ProfileService profiles;
    @Autowired
    VolunteerRepository repository;

    @Test
    void a_volunteer_who_erases_their_account_leaves_their_answers_but_no_name_or_contact() throws Exception {
        long panel = fixtures.smallPanel(0);
        String email = accounts.create(Role.RESIDENT);
        accounts.signIn(email);
        long number = volunteers.register(panel, VolunteerRegistration.online(
                Map.of("gender", "female", "leaning", "liberal"), Language.UK, "Interpretation into Ukrainian", true));

        profiles.deleteMyAccount();

        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (repository.findById(number).orElseThrow().getEmail() != null && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        var volunteer = repository.findById(number).orElseThrow();
        assertThat(volunteer.getEmail()).isNull();
        assertThat(volunteer.getName()).isEqualTo("—");
        assertThat(volunteer.getNeeds()).isEmpty();
        assertThat(volunteer.getAnswers()).containsEntry("gender", "female");
    }
}
