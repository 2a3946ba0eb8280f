package org.civitas.results.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

class ImportEditionViewTest extends KaribuTest {

    static final Path DATA = Path.of("/work/shared/data/pabulib");
    static final Path ASSEN = DATA.resolve("Netherlands_Assen_2024.pb");

    @Autowired
    EditionService editions;
    @Autowired
    ProposalFixtures fixtures;

    @Test
    void an_official_uploads_a_file_sees_what_it_holds_imports_it_and_finds_it_labelled_in_the_list() throws Exception {
        long running = fixtures.edition().id();
        signIn(accounts.create(Role.OFFICIAL));
        open("editions/manage", Language.EN);
        _click(_get(Button.class, s -> s.withId("editions-import")));
        ImportEditionView view = _get(ImportEditionView.class);

        view.received("Netherlands_Assen_2024.pb", Files.readAllBytes(ASSEN));
        assertThat(_get(UnorderedList.class, s -> s.withId("import-preview")).getElement().getTextRecursively())
                .contains("Edition: Assen Top Idee 2024", "Pool: Assen", "Ballots: approval",
                        "Projects: 14 (withdrawn and left out: 0)", "Ballots cast: 84");
        int before = editions.count();

        _click(_get(Button.class, s -> s.withId("import-confirm")));

        assertThat(editions.count()).isEqualTo(before + 1);
        long id = editions.editions().get(0).id();
        assertThat(_get(Paragraph.class, s -> s.withId("import-done")).getText())
                .isEqualTo("Imported “Assen Top Idee 2024”: 14 projects and 84 ballots.");
        assertThat(_get(Anchor.class, s -> s.withId("import-edition-link")).getHref()).isEqualTo("editions/manage/" + id);

        open("editions/manage", Language.EN);
        @SuppressWarnings("unchecked")
        Grid<EditionSummary> grid = _get(Grid.class, s -> s.withId("editions-grid"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            names.add(_getFormattedRow(grid, i).get(0));
        }
        assertThat(names).contains("Assen Top Idee 2024 (imported)");

        open("proposals", Language.EN);
        @SuppressWarnings("unchecked")
        Select<Long> catalogue = _get(Select.class, s -> s.withId("catalogue-edition"));
        assertThat(catalogue.getValue()).as("the catalogue opens on an edition run here").isEqualTo(running);
        assertThat(catalogue.getItemLabelGenerator().apply(id)).isEqualTo("Assen Top Idee 2024 (imported)");
    }

    @Test
    void the_preview_says_how_the_file_will_be_counted_and_warns_when_that_is_not_the_files_own_rule()
            throws Exception {
        signIn(accounts.create(Role.OFFICIAL));
        open("editions/import", Language.EN);
        ImportEditionView view = _get(ImportEditionView.class);

        view.received("gdynia.pb", Files.readAllBytes(DATA.resolve("Poland_Gdynia_2020_Wielki_Kack__small.pb")));
        assertThat(_get(UnorderedList.class, s -> s.withId("import-preview")).getElement().getTextRecursively())
                .contains("Counting: By points, stopping at the first project that does not fit (as in Gdynia");
        assertThat(_find(Paragraph.class, s -> s.withId("import-rule-differs"))).isEmpty();

        view.received("wesola.pb", Files.readAllBytes(DATA.resolve("Poland_Warszawa_2024_Wesola.pb")));
        assertThat(_get(UnorderedList.class, s -> s.withId("import-preview")).getElement().getTextRecursively())
                .contains("Counting: By points: the most points first", "The fewest points a funded project needs: 1");
        assertThat(_get(Paragraph.class, s -> s.withId("import-rule-differs")).getText()).isEqualTo("The file’s "
                + "official counting rule (“greedy-exclusive”) cannot be reproduced here: the votes will be counted as "
                + "shown above, so the results may differ from the official ones.");
        assertThat(_find(Button.class, s -> s.withId("import-confirm"))).as("a caution, not a refusal").hasSize(1);
    }

    @Test
    void a_broken_file_is_refused_with_its_line_and_problem_in_the_readers_language_and_nothing_is_imported()
            throws Exception {
        signIn(accounts.create(Role.OFFICIAL));
        open("editions/import", Language.PL);
        String broken = Files.readString(ASSEN).replace("\n3;7200;", "\n3;siedem tysięcy;");
        int before = editions.count();

        _get(ImportEditionView.class).received("zepsuty.pb", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, s -> s.withId("import-error")).getText())
                .isEqualTo("Nie można odczytać pliku. Wiersz 20: koszt \"siedem tysięcy\" projektu 3 nie jest liczbą.");
        assertThat(_find(Button.class, s -> s.withId("import-confirm"))).isEmpty();
        assertThat(editions.count()).isEqualTo(before);
    }
}
