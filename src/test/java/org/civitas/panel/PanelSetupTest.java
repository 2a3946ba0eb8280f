package org.civitas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PanelSetupTest extends IntegrationTest {

    @Autowired
    PanelService panels;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    PanelFixtures fixtures;

    @Test
    void a_coordinator_sets_up_a_panel_that_anyone_can_read_in_their_language() {
        long id = fixtures.smallPanel(5);

        var english = panels.page(id, Language.EN).orElseThrow();
        assertThat(english.summary().question()).isEqualTo("How should Kraków keep cool in heatwaves?");
        assertThat(english.summary().status()).isEqualTo(PanelStatus.RECRUITING);
        assertThat(english.quotas()).hasSize(4);
        assertThat(english.registrationOpen()).isTrue();
        var ukrainian = panels.page(id, Language.UK).orElseThrow();
        assertThat(ukrainian.language()).as("no Ukrainian text: the Polish one, marked").isEqualTo(Language.PL);
        assertThat(ukrainian.summary().question()).isEqualTo("Jak ochłodzić Kraków w czasie upałów?");
        assertThat(panels.list(Language.EN)).extracting(PanelSummary::id).contains(id);
    }

    @Test
    void a_resident_cannot_set_up_a_panel() {
        accounts.signIn(accounts.create(Role.RESIDENT));
        assertThatThrownBy(() -> panels.create(fixtures.form(0))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_setup_whose_quotas_cannot_fill_the_panel_is_refused_naming_the_category() {
        var form = fixtures.form(0).setQuotas(List.of(new Quota("gender", "female", 2, 5),
                new Quota("gender", "male", 2, 5)));
        assertThatThrownBy(() -> fixtures.create(form)).isInstanceOfSatisfying(PanelRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("panel.error.quotas-cannot-fill");
            assertThat(e.arguments()).containsExactly("gender", 4, 10, 20);
        });
    }

    @Test
    void a_setup_without_a_question_or_with_dates_out_of_order_is_refused_and_nothing_is_saved() {
        int before = panels.list(Language.EN).size();
        var noQuestion = fixtures.form(0).question(Language.PL, " ").question(Language.EN, "")
                .description(Language.PL, "").description(Language.EN, "");
        assertThatThrownBy(() -> fixtures.create(noQuestion))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.question-required");
        var backwards = fixtures.form(0);
        backwards.setDeliberationStarts(backwards.getRegistrationCloses().minusDays(1));
        assertThatThrownBy(() -> fixtures.create(backwards))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.dates-order");
        var twice = fixtures.form(0).setQuotas(List.of(new Quota("gender", "female", 0, 20),
                new Quota(" gender ", "female ", 0, 20)));
        assertThatThrownBy(() -> fixtures.create(twice)).hasFieldOrPropertyWithValue("messageKey",
                "panel.error.quota-twice");
        assertThat(panels.list(Language.EN)).hasSize(before);
    }

    @Test
    void quotas_follow_the_population_shares_rounded_down_and_up() {
        var quotas = QuotaShares.quotas("district", List.of(new QuotaShares.Share("Nowa Huta", new BigDecimal("6.9")),
                new QuotaShares.Share("Podgórze", new BigDecimal("50")),
                new QuotaShares.Share("Stare Miasto", new BigDecimal("43.1"))), 60);
        assertThat(quotas).containsExactly(new Quota("district", "Nowa Huta", 4, 5),
                new Quota("district", "Podgórze", 30, 30), new Quota("district", "Stare Miasto", 25, 26));
        assertThatThrownBy(() -> QuotaShares.quotas("district",
                List.of(new QuotaShares.Share("Nowa Huta", new BigDecimal("60"))), 60))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.shares-total");
    }

    @Test
    void a_resident_volunteers_once_with_consent_and_an_answer_to_every_question() {
        long id = fixtures.smallPanel(0);
        accounts.signIn(accounts.create(Role.RESIDENT));
        var answers = Map.of("gender", "female", "leaning", "liberal");

        assertThatThrownBy(() -> volunteers.register(id, VolunteerRegistration.online(answers, Language.UK, "", false)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.consent-required");
        assertThatThrownBy(() -> volunteers.register(id,
                VolunteerRegistration.online(Map.of("gender", "female"), Language.UK, "", true)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.answer-required");
        assertThatThrownBy(() -> volunteers.register(id,
                VolunteerRegistration.online(Map.of("gender", "female", "leaning", "green"), Language.UK, "", true)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.answer-required");
        assertThat(volunteers.mine(id)).isEmpty();

        long number = volunteers.register(id, VolunteerRegistration.online(answers, Language.UK,
                "Interpretation into Ukrainian", true));
        assertThat(volunteers.mine(id)).hasValueSatisfying(mine -> {
            assertThat(mine.number()).isEqualTo(number);
            assertThat(mine.outcome()).isEqualTo(Outcome.POOL);
        });
        assertThatThrownBy(() -> volunteers.register(id, VolunteerRegistration.online(answers, Language.UK, "", true)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.already-registered");
        assertThat(volunteers.count(id)).isEqualTo(1);
    }

    @Test
    void registration_ends_on_its_closing_day_or_when_the_coordinator_closes_it() {
        long id = fixtures.smallPanel(0);
        String resident = accounts.create(Role.RESIDENT);
        clock.advance(java.time.Duration.ofDays(8));
        accounts.signIn(resident);
        assertThatThrownBy(() -> volunteers.register(id, VolunteerRegistration.online(
                Map.of("gender", "male", "leaning", "liberal"), Language.PL, "", true)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.registration-closed");
        clock.reset();

        long other = fixtures.smallPanel(0);
        fixtures.asOfficial(() -> {
            panels.closeRegistration(other);
            return null;
        });
        accounts.signIn(resident);
        assertThatThrownBy(() -> volunteers.register(other, VolunteerRegistration.online(
                Map.of("gender", "male", "leaning", "liberal"), Language.PL, "", true)))
                .hasFieldOrPropertyWithValue("messageKey", "panel.error.registration-closed");
    }
}
