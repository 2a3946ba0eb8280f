package org.civitas.budget.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Role;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

class EditionEditorViewTest extends KaribuTest {

    @Autowired
    EditionService editions;

    @Test
    void an_official_creates_an_edition_and_sees_it_in_the_list_with_its_phase() {
        String name = "Kraków " + UUID.randomUUID().toString().substring(0, 8);
        signIn(accounts.create(Role.OFFICIAL));
        open("editions/manage", Language.EN);
        _click(_get(Button.class, s -> s.withId("editions-new")));
        assertThat(_get(H1.class).getText()).isEqualTo("New edition");

        fillValidEdition(name);
        _click(_get(Button.class, s -> s.withId("editor-save")));

        @SuppressWarnings("unchecked")
        Grid<EditionSummary> grid = _get(Grid.class, s -> s.withId("editions-grid"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_getFormattedRow(grid, i));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(name, "Submission of proposals"));
        long id = editions.editions().stream().filter(e -> e.name().in(Language.PL).equals(name)).findFirst()
                .orElseThrow().id();
        EditionDetails edition = editions.details(id);
        assertThat(edition.pools()).hasSize(19);
        assertThat(edition.pools().stream().filter(p -> !p.cityWide()).map(PoolSummary::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("40800000");
        assertThat(edition.categories()).singleElement().satisfies(c -> assertThat(c.name().in(Language.UK)).isEqualTo("Зелень"));
        assertThat(edition.phases()).singleElement().satisfies(p -> assertThat(p.phase()).isEqualTo(Phase.SUBMISSION));
    }

    @Test
    void a_minimum_above_the_maximum_is_shown_translated_and_nothing_typed_is_lost() {
        String name = "Kraków " + UUID.randomUUID().toString().substring(0, 8);
        signIn(accounts.create(Role.ADMIN));
        open("editions/manage/new", Language.PL);
        fillValidEdition(name);
        int before = editions.count();

        _setValue(field("pool-city-min"), new BigDecimal("3000000"));
        _click(_get(Button.class, s -> s.withId("editor-save")));

        BigDecimalField min = field("pool-city-min");
        assertThat(min.isInvalid()).isTrue();
        assertThat(min.getErrorMessage()).isEqualTo(
                ResourceBundle.getBundle("ValidationMessages", Language.PL.locale()).getString("budget.pool.min-above-max"));
        assertThat(min.getValue()).isEqualByComparingTo("3000000");
        assertThat(_get(TextField.class, s -> s.withId("edition-name-pl")).getValue()).isEqualTo(name);
        assertThat(field("pool-4-amount").getValue()).isNotNull();
        assertThat(editions.count()).isEqualTo(before);

        _setValue(field("pool-city-min"), new BigDecimal("25000"));
        _click(_get(Button.class, s -> s.withId("editor-save")));
        assertThat(editions.count()).isEqualTo(before + 1);
    }

    @Test
    void an_official_changes_an_existing_edition() {
        signIn(accounts.create(Role.OFFICIAL));
        open("editions/manage/new", Language.EN);
        String name = "Kraków " + UUID.randomUUID().toString().substring(0, 8);
        fillValidEdition(name);
        _click(_get(Button.class, s -> s.withId("editor-save")));
        long id = editions.editions().stream().filter(e -> e.name().in(Language.PL).equals(name)).findFirst()
                .orElseThrow().id();

        open("editions/manage/" + id, Language.EN);
        assertThat(_get(TextField.class, s -> s.withId("edition-name-pl")).getValue()).isEqualTo(name);
        _setValue(_get(TextField.class, s -> s.withId("edition-name-en")), "Kraków in English");
        _click(_get(Button.class, s -> s.withId("editor-save")));

        assertThat(editions.details(id).name().in(Language.EN)).isEqualTo("Kraków in English");
    }

    @Test
    void a_resident_cannot_open_the_editions() {
        signIn(accounts.create());
        open("editions/manage", Language.EN);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        open("editions/manage/new", Language.EN);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    private void fillValidEdition(String name) {
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        _setValue(_get(TextField.class, s -> s.withId("edition-name-pl")), name);
        _setValue(_get(DatePicker.class, s -> s.withId("phase-submission-start")), today.minusDays(1));
        _setValue(_get(DatePicker.class, s -> s.withId("phase-submission-end")), today.plusDays(5));
        _setValue(field("pools-district-total"), new BigDecimal("40800000"));
        _click(_get(Button.class, s -> s.withId("pools-fill")));
        _setValue(field("pool-city-amount"), new BigDecimal("10200000"));
        _setValue(field("pool-city-min"), new BigDecimal("25000"));
        _setValue(field("pool-city-max"), new BigDecimal("2000000"));
        _click(_get(Button.class, s -> s.withId("categories-add")));
        _setValue(_get(TextField.class, s -> s.withId("category-0-name-pl")), "Zieleń");
        _setValue(_get(TextField.class, s -> s.withId("category-0-name-uk")), "Зелень");
    }

    private static BigDecimalField field(String id) {
        return _get(BigDecimalField.class, s -> s.withId(id));
    }
}
