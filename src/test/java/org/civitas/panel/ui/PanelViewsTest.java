package org.civitas.panel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.civitas.identity.Role;
import org.civitas.panel.DrawService;
import org.civitas.panel.MemberSummary;
import org.civitas.panel.MembershipService;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.PanelService;
import org.civitas.panel.PanelSummary;
import org.civitas.panel.RecommendationService;
import org.civitas.panel.RecommendationStatus;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

class PanelViewsTest extends KaribuTest {

    @Autowired
    PanelService panels;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    DrawService draws;
    @Autowired
    MembershipService memberships;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    PanelFixtures fixtures;
    @Autowired
    org.civitas.panel.DeliberationService deliberation;

    @Test
    void a_coordinator_sets_up_a_panel_with_quotas_from_population_shares_and_a_bad_setup_is_refused_in_polish() {
        signIn(accounts.create(Role.OFFICIAL));
        open("panels/setup", Language.PL);
        _setValue(_get(IntegerField.class, s -> s.withId("panel-size")), 10);
        _setValue(_get(TextField.class, s -> s.withId("panel-shares-category")), "dzielnica");
        _setValue(_get(TextArea.class, s -> s.withId("panel-shares-text")), "Nowa Huta; 25\nPodgórze; 75");
        _click(_get(Button.class, s -> s.withId("panel-shares-fill")));
        assertThat(_get(TextField.class, s -> s.withId("panel-quota-feature-1")).getValue()).isEqualTo("Podgórze");
        assertThat(_get(IntegerField.class, s -> s.withId("panel-quota-min-0")).getValue()).isEqualTo(2);
        assertThat(_get(IntegerField.class, s -> s.withId("panel-quota-max-0")).getValue()).isEqualTo(3);

        _click(_get(Button.class, s -> s.withId("panel-save")));
        NotificationsKt.expectNotifications("Wpisz pytanie w co najmniej jednym języku.");

        String question = "Jak wydać pieniądze na zieleń " + System.nanoTime() + "?";
        _setValue(_get(TextField.class, s -> s.withId("panel-question-pl")), question);
        _click(_get(Button.class, s -> s.withId("panel-save")));

        assertThat(_get(H1.class, s -> s.withId("panel-question")).getText()).isEqualTo(question);
        long id = panels.list(Language.PL).stream().filter(p -> p.question().equals(question)).findFirst()
                .map(PanelSummary::id).orElseThrow();
        assertThat(panels.page(id, Language.PL).orElseThrow().quotas()).hasSize(2);
    }

    @Test
    void a_resident_volunteers_on_the_panel_page_and_is_told_in_ukrainian_what_is_missing() {
        long id = fixtures.smallPanel(0);
        signIn(accounts.create(Role.RESIDENT));
        open("panels/" + id + "/register", Language.UK);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> gender = _get(RadioButtonGroup.class, s -> s.withId("panel-answer-0"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> leaning = _get(RadioButtonGroup.class, s -> s.withId("panel-answer-1"));
        gender.setValue(gender.getLabel().equals("gender") ? "female" : "liberal");
        leaning.setValue(leaning.getLabel().equals("gender") ? "female" : "liberal");
        _click(_get(Button.class, s -> s.withId("panel-register-send")));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo(n.getTranslation(Language.UK.locale(), "panel.error.consent-required")));
        assertThat(volunteers.mine(id)).isEmpty();

        _setValue(_get(Checkbox.class, s -> s.withId("panel-register-consent")), true);
        _click(_get(Button.class, s -> s.withId("panel-register-send")));

        assertThat(volunteers.mine(id)).isPresent();
        assertThat(_get(Paragraph.class, s -> s.withId("panel-my-registration")).getText())
                .contains(String.valueOf(volunteers.mine(id).orElseThrow().number()));
    }

    @Test
    void a_drawn_member_accepts_through_the_link_drafts_and_votes_in_the_room_and_an_official_answers_on_the_page() {
        long id = fixtures.smallPanel(0);
        fixtures.registerSample(id);
        fixtures.asOfficial(() -> {
            panels.closeRegistration(id);
            return draws.draw(id);
        });
        List<MemberSummary> seats = fixtures.asOfficial(() -> memberships.list(id));
        String member = accounts.create(Role.RESIDENT);
        signIn(member);
        open("panels/invitation/" + PanelFixtures.invitationSecret(id, seats.get(0).name()), Language.EN);
        _click(_get(Button.class, s -> s.withId("invitation-accept")));
        assertThat(_get(Paragraph.class, s -> s.withId("invitation-state")).getText()).contains("Accepted");

        open("panels/" + id + "/room", Language.EN);
        _setValue(_get(TextField.class, s -> s.withId("draft-title")), "Drinking water in parks");
        _setValue(_get(TextArea.class, s -> s.withId("draft-text")), "A fountain in every park.");
        _click(_get(Button.class, s -> s.withId("draft-save")));
        long recommendation = recommendations.all(id).get(0).id();

        signIn(accounts.create(Role.OFFICIAL));
        open("panels/" + id + "/room", Language.EN);
        _get(DateTimePicker.class, s -> s.withId("open-until-" + recommendation))
                .setValue(LocalDateTime.now(Formats.CITY_ZONE).plusHours(1));
        _click(_get(Button.class, s -> s.withId("open-vote-" + recommendation)));
        assertThat(recommendations.all(id).get(0).status()).isEqualTo(RecommendationStatus.VOTING);

        signIn(member);
        open("panels/" + id + "/room", Language.EN);
        _click(_get(Button.class, s -> s.withId("vote-support-" + recommendation)));
        assertThat(_find(Button.class, s -> s.withId("vote-support-" + recommendation))).isEmpty();
        clock.advance(Duration.ofHours(2));
        recommendations.closeDue();

        signIn(accounts.create(Role.OFFICIAL));
        open("panels/" + id, Language.EN);
        assertThat(_get(Paragraph.class, s -> s.withClasses("recommendation-count")).getText())
                .isEqualTo("Support 1, oppose 0, abstain 0: 100 % support (80 % needed).");
        @SuppressWarnings("unchecked")
        Select<org.civitas.panel.AnswerDecision> decision = _get(Select.class,
                s -> s.withId("answer-decision-" + recommendation));
        decision.setValue(org.civitas.panel.AnswerDecision.ACCEPTED);
        _setValue(_get(TextArea.class, s -> s.withId("answer-reasons-" + recommendation)), "Fountains in 2027.");
        _click(_get(Button.class, s -> s.withId("answer-save-" + recommendation)));
        assertThat(recommendations.decided(id).get(0).answer().decision())
                .isEqualTo(org.civitas.panel.AnswerDecision.ACCEPTED);
        assertThat(_find(Select.class, s -> s.withId("answer-decision-" + recommendation))).isEmpty();
    }

    @Test
    void a_member_asks_the_experts_in_the_room_and_an_expert_answers_there() {
        long id = fixtures.smallPanel(0);
        String member = fixtures.drawnWithAcceptedMembers(id).get(0);
        String expert = fixtures.inRole(id, org.civitas.panel.MemberRole.EXPERT);
        signIn(member);
        open("panels/" + id + "/room", Language.EN);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("panel-room-tabs")).setSelectedIndex(3);
        _setValue(_get(TextArea.class, s -> s.withId("question-text")), "Which streets are the hottest?");
        _click(_get(Button.class, s -> s.withId("question-ask")));
        long question = deliberation.questions(id).get(0).id();

        signIn(expert);
        open("panels/" + id + "/room", Language.EN);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("panel-room-tabs")).setSelectedIndex(3);
        _setValue(_get(TextArea.class, s -> s.withId("answer-text-" + question)), "Those without trees.");
        _click(_get(Button.class, s -> s.withId("answer-send-" + question)));
        assertThat(deliberation.questions(id).get(0).answer()).isEqualTo("Those without trees.");
        assertThat(_find(TextArea.class, s -> s.withId("answer-text-" + question))).isEmpty();
    }

    @Test
    void the_room_is_closed_to_a_resident_who_is_not_in_the_panel() {
        long id = fixtures.smallPanel(0);
        signIn(accounts.create(Role.RESIDENT));
        open("panels/" + id + "/room", Language.EN);
        assertThat(_get(Paragraph.class, s -> s.withId("panel-room-closed")).getText())
                .startsWith("Only the panel’s members");
    }
}
