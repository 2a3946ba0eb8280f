package org.civitas.panel.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.civitas.identity.Role;
import org.civitas.panel.InvitationBatch;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.RecruitmentService;
import org.civitas.panel.VolunteerService;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

class RecruitmentPartTest extends KaribuTest {

    @Autowired
    RecruitmentService recruitment;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    PanelFixtures fixtures;

    @Test
    void a_coordinator_uploads_the_list_draws_a_batch_and_sees_a_resident_register_with_a_letter_code() {
        long id = fixtures.smallPanel(0);
        signIn(accounts.create(Role.OFFICIAL));
        open("panels/" + id + "/pool", Language.EN);

        _get(RecruitmentPart.class).received(utf8("address,city\nul. Długa 1,Kraków\n,Kraków\n"));
        assertThat(outcome()).isEqualTo("Line 3 has no address. Nothing was saved.");
        _get(RecruitmentPart.class).received(utf8("address;city\nul. Długa 1;Kraków\nul. Krótka 2;Kraków\n"
                + "ul. Długa  1;Kraków\nos. Centrum A 1;Kraków\n"));
        assertThat(outcome()).isEqualTo("Addresses added to the list: 3. Duplicates left out: 1 (the first on line 4).");

        _setValue(_get(IntegerField.class, s -> s.withId("recruitment-size")), 2);
        _setValue(_get(TextField.class, s -> s.withId("recruitment-seed")), "3 14 15");
        _click(_get(Button.class, s -> s.withId("recruitment-draw")));
        assertThat(outcome()).isEqualTo("Batch 1 drawn with the seed “3 14 15”: letters to 2 addresses. "
                + "Download them below.");
        @SuppressWarnings("unchecked")
        Grid<InvitationBatch> batches = _get(Grid.class, s -> s.withId("recruitment-batches"));
        assertThat(_size(batches)).isEqualTo(1);
        var downloads = _getCellComponent(batches, 0, "downloads");
        assertThat(_get(downloads, Anchor.class, s -> s.withId("recruitment-csv-1")).getText())
                .isEqualTo("Mailing list (CSV)");
        assertThat(_get(downloads, Anchor.class, s -> s.withId("recruitment-pdf-1")).getText())
                .isEqualTo("Letters (PDF)");
        assertThat(summary()).isEqualTo("Addresses on the list: 3 (not invited yet: 1). Letters sent: 2; "
                + "registered with a letter’s code: 0 (0.0 %).");
        String code = new String(recruitment.batchCsv(id, 1), StandardCharsets.UTF_8).split("\r\n")[1]
                .replaceAll(".*,", "");

        signIn(accounts.create(Role.RESIDENT));
        open("panels/" + id + "/register", Language.PL);
        answerEveryQuestion();
        _setValue(_get(TextField.class, s -> s.withId("panel-register-code")), "NOPE2345");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("panel-register-send")));
        NotificationsKt.expectNotifications("Ten kod zaproszenia nie pochodzi z listów tego panelu. Sprawdź go albo "
                + "zostaw pole puste.");
        _setValue(_get(TextField.class, s -> s.withId("panel-register-code")), code);
        _click(_get(Button.class, s -> s.withId("panel-register-send")));
        assertThat(volunteers.mine(id)).isPresent();

        signIn(accounts.create(Role.OFFICIAL));
        open("panels/" + id + "/pool", Language.EN);
        assertThat(summary()).endsWith("Letters sent: 2; registered with a letter’s code: 1 (50.0 %).");
    }

    @SuppressWarnings("unchecked")
    private static void answerEveryQuestion() {
        for (int i = 0; i < 2; i++) {
            String id = "panel-answer-" + i;
            RadioButtonGroup<String> question = _get(RadioButtonGroup.class, s -> s.withId(id));
            question.setValue(question.getLabel().equals("gender") ? "female" : "liberal");
        }
        _setValue(_get(Checkbox.class, s -> s.withId("panel-register-consent")), true);
    }

    private static String outcome() {
        return _get(Paragraph.class, s -> s.withId("recruitment-outcome")).getText();
    }

    private static String summary() {
        return _get(Paragraph.class, s -> s.withId("recruitment-summary")).getText();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
