package org.civitas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.civitas.identity.Role;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

class DeliberationTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% a tiny test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DeliberationService deliberation;
    @Autowired
    PanelFixtures fixtures;
    @LocalServerPort
    int port;

    long panel;
    List<String> members;
    String expert;

    @BeforeEach
    void aPanelWithItsMembersAndAnExpert() {
        panel = fixtures.smallPanel(0);
        members = fixtures.drawnWithAcceptedMembers(panel);
        expert = fixtures.inRole(panel, MemberRole.EXPERT);
    }

    @Test
    void coordinators_schedule_sessions_with_their_arrangements_which_only_the_panel_sees() {
        accounts.signIn(members.get(0));
        var session = new Deliberation.NewSession("Heat and health", clock.instant().plus(Duration.ofDays(3)),
                "Urząd Miasta, sala 12", "https://meet.example.org/panel", "Ukrainian interpretation; step-free");
        assertThatThrownBy(() -> deliberation.schedule(panel, session))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.moderators-sessions");
        fixtures.asOfficial(() -> {
            deliberation.schedule(panel, session);
            assertThatThrownBy(() -> deliberation.schedule(panel, new Deliberation.NewSession("Nowhere",
                    clock.instant(), " ", "", ""))).hasFieldOrPropertyWithValue("messageKey",
                    "panel.error.session-place-required");
            assertThatThrownBy(() -> deliberation.schedule(panel, new Deliberation.NewSession("Bad link",
                    clock.instant(), "", "javascript:alert(1)", ""))).hasFieldOrPropertyWithValue("messageKey",
                    "panel.error.link-invalid");
            return null;
        });

        accounts.signIn(members.get(1));
        assertThat(deliberation.sessions(panel)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Heat and health");
            assertThat(s.arrangements()).isEqualTo("Ukrainian interpretation; step-free");
        });
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> deliberation.sessions(panel)).isInstanceOf(AccessDeniedException.class);

        // the panel's people hear of the session by mail, in their language, with the time and the place
        String subject = java.util.ResourceBundle.getBundle("mail/messages", java.util.Locale.ENGLISH)
                .getString("mail.panel-session.subject");
        String mail = TestMail.text(TestMail.awaitMail(members.get(2), subject, Duration.ofSeconds(30)));
        assertThat(mail).contains("Heat and health").contains("Urząd Miasta, sala 12").contains("/panels/" + panel + "/room");
    }

    @Test
    void an_expert_adds_a_pdf_that_anyone_downloads_and_a_file_that_is_not_a_pdf_is_refused() throws Exception {
        accounts.signIn(members.get(0));
        assertThatThrownBy(() -> deliberation.addMaterial(panel, new Deliberation.NewMaterial("Mine", "", 
                "https://example.org", null, null))).hasFieldOrPropertyWithValue("messageKey",
                "panel.error.experts-materials");
        accounts.signIn(expert);
        assertThatThrownBy(() -> deliberation.addMaterial(panel, new Deliberation.NewMaterial("Fake", "",
                "", "fake.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))).hasFieldOrPropertyWithValue(
                "messageKey", "panel.error.material-not-pdf");
        deliberation.addMaterial(panel, new Deliberation.NewMaterial("Urban heat islands", "Why **asphalt** heats.",
                "https://example.org/heat", "heat islands.pdf", PDF));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        var material = deliberation.materials(panel).get(0);
        assertThat(material.fileName()).isEqualTo("heat islands.pdf");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/panels/" + panel + "/materials/" + material.id() + ".pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.body()).isEqualTo(PDF);
    }

    @Test
    void members_ask_the_experts_who_answer_once() {
        accounts.signIn(members.get(0));
        deliberation.ask(panel, "How much cooler is a street with trees?");
        long question = deliberation.questions(panel).get(0).id();
        assertThatThrownBy(() -> deliberation.answer(panel, question, "A lot"))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.experts-answer");
        accounts.signIn(expert);
        deliberation.answer(panel, question, "Up to 5 °C in the afternoon.");
        assertThatThrownBy(() -> deliberation.answer(panel, question, "Again"))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.question-answered");
        accounts.signIn(members.get(2));
        assertThat(deliberation.questions(panel).get(0).answer()).isEqualTo("Up to 5 °C in the afternoon.");
    }

    @Test
    void members_discuss_by_topic_and_a_moderator_hides_a_post_with_its_reason() {
        String moderator = fixtures.inRole(panel, MemberRole.MODERATOR);
        accounts.signIn(members.get(0));
        long thread = deliberation.openThread(panel, "Trees or shades?", "Trees take years to grow.");
        accounts.signIn(members.get(1));
        deliberation.post(panel, thread, "Shades now, trees too.");
        deliberation.post(panel, thread, "Off-topic advertising");
        long advert = deliberation.threads(panel).get(0).posts().get(2).id();
        assertThatThrownBy(() -> deliberation.hide(panel, advert, "Advertising"))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.moderators-hide");

        accounts.signIn(moderator);
        deliberation.hide(panel, advert, "Advertising is not allowed");

        accounts.signIn(members.get(0));
        var posts = deliberation.threads(panel).get(0).posts();
        assertThat(posts).hasSize(3);
        assertThat(posts.get(2).text()).isNull();
        assertThat(posts.get(2).hiddenReason()).isEqualTo("Advertising is not allowed");
        assertThat(posts.get(1).text()).isEqualTo("Shades now, trees too.");
    }
}
