package org.civitas.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.Deliberation;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

class PanelErasureTest extends IntegrationTest {

    @Autowired
    PanelFixtures fixtures;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    ProfileService profiles;
    @Autowired
    VolunteerRepository repository;
    @Autowired
    DeliberationService deliberation;

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

    @Test
    void a_member_who_erases_their_account_leaves_what_they_wrote_without_their_name_and_had_it_in_their_export()
            throws Exception {
        long panel = fixtures.smallPanel(0);
        List<String> members = fixtures.drawnWithAcceptedMembers(panel);
        accounts.signIn(members.get(0));
        long thread = deliberation.openThread(panel, "Shade on the squares", "Plant trees on the Rynek");
        deliberation.ask(panel, "How hot does the Rynek get in July?");
        var export = new ObjectMapper().readTree(profiles.exportMyData());
        assertThat(export.at("/panels/posts/0/text").asText()).isEqualTo("Plant trees on the Rynek");
        assertThat(export.at("/panels/questionsAsked/0/text").asText()).isEqualTo("How hot does the Rynek get in July?");

        profiles.deleteMyAccount();

        accounts.signIn(members.get(1));
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!post(panel, thread).author().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(post(panel, thread).author()).as("the post's name").isEmpty();
        assertThat(post(panel, thread).text()).isEqualTo("Plant trees on the Rynek");
        assertThat(deliberation.threads(panel)).filteredOn(t -> t.id() == thread).singleElement()
                .satisfies(t -> assertThat(t.openedBy()).isEmpty());
        assertThat(deliberation.questions(panel)).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEmpty();
            assertThat(q.text()).isEqualTo("How hot does the Rynek get in July?");
        });
    }

    private Deliberation.Post post(long panel, long thread) {
        return deliberation.threads(panel).stream().filter(t -> t.id() == thread).findFirst().orElseThrow().posts().get(0);
    }
}
