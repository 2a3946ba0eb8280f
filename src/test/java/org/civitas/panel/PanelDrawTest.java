package org.civitas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.panel.sortition.SelectPanelCommand;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class PanelDrawTest extends IntegrationTest {

    @Autowired
    PanelService panels;
    @Autowired
    DrawService draws;
    @Autowired
    MembershipService memberships;
    @Autowired
    PanelFixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void leximin_gives_each_of_the_200_volunteers_ten_percent_and_the_published_files_repeat_the_draw(
            @TempDir Path dir) throws Exception {
        long id = fixtures.smallPanel(5);
        List<Long> volunteers = fixtures.registerSample(id);
        assertThat(get(id, "respondents.csv").statusCode()).as("the pool is not final while it recruits")
                .isEqualTo(409);
        assertThatThrownBy(() -> fixtures.asOfficial(() -> draws.draw(id)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.registration-still-open");
        fixtures.asOfficial(() -> {
            panels.closeRegistration(id);
            return null;
        });

        DrawResult result = fixtures.asOfficial(() -> draws.draw(id));

        assertThat(result.members()).isEqualTo(20);
        assertThat(result.reserves()).isEqualTo(5);
        assertThat(result.minimumProbability()).isCloseTo(0.10, within(0.001));
        var page = panels.page(id, Language.EN).orElseThrow();
        assertThat(page.summary().status()).isEqualTo(PanelStatus.DRAWN);
        assertThat(page.selection().minimum()).isCloseTo(0.10, within(0.001));
        assertThat(page.selection().maximum()).isCloseTo(0.10, within(0.001));
        String probabilities = get(id, "probabilities.csv").body();
        assertThat(probabilities.lines()).hasSize(200).allSatisfy(l -> assertThat(l).endsWith(";0.1"));

        Path respondents = Files.writeString(dir.resolve("respondents.csv"), get(id, "respondents.csv").body());
        Path categories = Files.writeString(dir.resolve("categories.csv"), get(id, "categories.csv").body());
        var out = new ByteArrayOutputStream();
        int exit = SelectPanelCommand.run(new String[] {"--respondents", respondents.toString(), "--categories",
                categories.toString(), "--size", "20", "--seed", "4 8 15 16 23 42"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        List<Long> drawnByCommand = out.toString(StandardCharsets.UTF_8).lines().map(Long::valueOf).toList();
        List<Long> drawnByCivitas = fixtures.asOfficial(() -> memberships.list(id)).stream()
                .map(MemberSummary::name).map(n -> volunteers.get(Integer.parseInt(n.substring(10)) - 1)).toList();
        assertThat(drawnByCommand).hasSize(20).containsExactlyInAnyOrderElementsOf(drawnByCivitas);
        assertThat(volunteers).containsAll(drawnByCommand);
        assertThat(fixtures.asOfficial(() -> memberships.list(id))).allSatisfy(m -> {
            assertThat(m.role()).isEqualTo(MemberRole.MEMBER);
            assertThat(m.status()).isEqualTo(MemberStatus.INVITED);
        });
    }

    @Test
    void a_declined_seat_goes_to_a_reserve_who_keeps_the_quotas_and_an_unanswered_one_expires() {
        long id = drawnPanel(List.of(new Quota("gender", "female", 10, 10), new Quota("gender", "male", 10, 10),
                new Quota("leaning", "liberal", 9, 11), new Quota("leaning", "conservative", 9, 11)), 5);
        var invited = fixtures.asOfficial(() -> memberships.list(id));
        var first = invited.get(0);
        String secret = PanelFixtures.invitationSecret(id, first.name());

        var invitation = memberships.invitation(secret).orElseThrow();
        assertThat(invitation.open()).isTrue();
        memberships.answer(secret, false);
        assertThatThrownBy(() -> memberships.answer(secret, true))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.invitation-answered");

        var after = fixtures.asOfficial(() -> memberships.list(id));
        assertThat(after).hasSize(21);
        assertThat(after.stream().filter(m -> m.status().holdsSeat())).hasSize(20);
        assertThat(genders(after)).containsEntry("female", 10L).containsEntry("male", 10L);

        clock.advance(Duration.ofDays(8));
        // other tests' panels may have invitations due too: count this panel's only
        assertThat(memberships.expireDue()).isGreaterThanOrEqualTo(20);
        var expired = fixtures.asOfficial(() -> memberships.list(id));
        assertThat(expired.stream().filter(m -> m.status() == MemberStatus.EXPIRED)).hasSize(20);
        assertThat(expired.stream().filter(m -> m.status() == MemberStatus.INVITED))
                .as("the four reserves left are invited in turn").hasSize(4);
        assertThatThrownBy(() -> memberships.answer(PanelFixtures.invitationSecret(id, first.name().equals(invited.get(1).name())
                ? invited.get(2).name() : invited.get(1).name()), true))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.invitation-answered");
    }

    @Test
    void quotas_the_pool_cannot_meet_are_refused_at_the_draw_naming_the_category_and_nothing_is_drawn() {
        long id = fixtures.create(fixtures.form(0).setQuotas(List.of(new Quota("gender", "female", 0, 20),
                new Quota("gender", "male", 0, 20), new Quota("gender", "non-binary", 1, 20),
                new Quota("leaning", "liberal", 0, 20), new Quota("leaning", "conservative", 0, 20))));
        fixtures.registerSample(id);
        fixtures.asOfficial(() -> {
            panels.closeRegistration(id);
            return null;
        });

        assertThatThrownBy(() -> fixtures.asOfficial(() -> draws.draw(id))).isInstanceOfSatisfying(
                PanelRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("panel.error.quotas-infeasible");
                    assertThat(e.arguments()).containsExactly("gender");
                });
        assertThat(panels.page(id, Language.EN).orElseThrow().summary().status()).isEqualTo(PanelStatus.SELECTION);
        assertThat(fixtures.asOfficial(() -> memberships.list(id))).isEmpty();
    }

    private long drawnPanel(List<Quota> quotas, int reserves) {
        long id = fixtures.create(fixtures.form(reserves).setQuotas(quotas));
        fixtures.registerSample(id);
        fixtures.asOfficial(() -> {
            panels.closeRegistration(id);
            return draws.draw(id);
        });
        return id;
    }

    /** Seats held per gender, by the sample row each volunteer came from. */
    private static Map<String, Long> genders(List<MemberSummary> members) {
        var sample = PanelFixtures.sample();
        return members.stream().filter(m -> m.status().holdsSeat()).collect(Collectors.groupingBy(
                m -> sample.get(Integer.parseInt(m.name().substring("Volunteer ".length())) - 1).get("gender"),
                Collectors.counting()));
    }

    private HttpResponse<String> get(long panelId, String file) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/panels/" + panelId + "/" + file)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
