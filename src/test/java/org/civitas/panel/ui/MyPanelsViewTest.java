package org.civitas.panel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civitas.identity.Role;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** "My panels": a volunteer sees their registration, a member their place and the way into the room. */
class MyPanelsViewTest extends KaribuTest {

    @Autowired
    PanelFixtures fixtures;
    @Autowired
    VolunteerService volunteers;

    @Test
    void a_volunteer_sees_their_number_and_a_member_their_place_and_the_room() {
        long recruiting = fixtures.smallPanel(0);
        signIn(accounts.create(Role.RESIDENT));
        long number = volunteers.register(recruiting, VolunteerRegistration.online(
                Map.of("gender", "female", "leaning", "liberal"), Language.EN, "", true));
        open("my-panels", Language.EN);
        Div card = _get(Div.class, s -> s.withId("my-panel-" + recruiting));
        assertThat(texts(card)).anyMatch(t -> t.contains("You have volunteered") && t.contains(String.valueOf(number)));
        assertThat(_find(card, RouterLink.class)).extracting(RouterLink::getText).doesNotContain("The panel’s room");

        long drawn = fixtures.smallPanel(0);
        List<String> members = fixtures.drawnWithAcceptedMembers(drawn);
        signIn(members.get(0));
        open("my-panels", Language.EN);
        Div place = _get(Div.class, s -> s.withId("my-panel-" + drawn));
        assertThat(texts(place)).contains("Member: Accepted");
        assertThat(_find(place, RouterLink.class)).extracting(RouterLink::getHref)
                .contains("panels/" + drawn + "/room");
    }

    @Test
    void someone_in_no_panel_is_told_so_in_their_language() {
        signIn(accounts.create(Role.RESIDENT));
        open("my-panels", Language.UK);
        assertThat(_get(H1.class, s -> { }).getText()).isEqualTo("Мої панелі");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Ви ще не зголосилися"));
        assertThat(_find(Div.class, s -> s.withClasses("civitas-card"))).isEmpty();
    }

    private static List<String> texts(Div card) {
        return _find(card, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
