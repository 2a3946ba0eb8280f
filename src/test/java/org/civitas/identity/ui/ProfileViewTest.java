package org.civitas.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.DistrictSummary;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

class ProfileViewTest extends KaribuTest {

    @Test
    void a_resident_sets_their_district_and_name() {
        String email = accounts.create();
        signIn(email);
        open("profile", Language.EN);

        @SuppressWarnings("unchecked")
        ComboBox<DistrictSummary> district = _get(ComboBox.class);
        var nowaHuta = district.getListDataView().getItems().filter(d -> d.name().equals("Nowa Huta")).findFirst().orElseThrow();
        _setValue(district, nowaHuta);
        _setValue(_get(TextField.class), "Tamar");
        _click(_get(Button.class, s -> s.withId("profile-save")));

        assertThat(accounts.find(email).getDistrictId()).isEqualTo(nowaHuta.id());
        assertThat(accounts.find(email).getDisplayName()).isEqualTo("Tamar");
    }

    @Test
    void an_empty_name_is_refused_with_a_translated_message_and_nothing_is_saved() {
        String email = accounts.create();
        String before = accounts.find(email).getDisplayName();
        signIn(email);
        open("profile", Language.PL);

        _setValue(_get(TextField.class), "  ");
        _click(_get(Button.class, s -> s.withId("profile-save")));

        assertThat(_get(TextField.class).getErrorMessage()).isEqualTo(
                java.util.ResourceBundle.getBundle("ValidationMessages", Language.PL.locale()).getString("identity.name.required"));
        assertThat(accounts.find(email).getDisplayName()).isEqualTo(before);
    }

    @Test
    void offers_the_residents_data_for_download() {
        signIn(accounts.create());
        open("profile", Language.EN);

        assertThat(_get(Anchor.class, s -> s.withId("profile-export")).getHref()).isNotBlank();
    }
}
