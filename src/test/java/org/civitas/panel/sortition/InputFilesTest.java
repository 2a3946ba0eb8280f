package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    private static final String CATEGORIES = "category,feature,min,max\ngender,female,1,2\ngender,male,1,2\n";

    @TempDir
    Path dir;

    @Test
    void names_a_category_that_has_no_respondents_column() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(
                "id,sex\n1,female\n2,male\n", CATEGORIES + "age,young,0,2\n"));
        assertEquals("The respondents file has no column for categories 'gender', 'age' of the categories file"
                + " (its columns are: id,sex).", e.getMessage());
    }

    @Test
    void names_a_duplicated_id_and_both_of_its_rows() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(
                "id,gender\na7,female\nb2,male\na7,male\n", CATEGORIES));
        assertEquals("Id 'a7' appears twice in the respondents (rows 1 and 3); each volunteer needs their own id.",
                e.getMessage());
    }

    @Test
    void reads_quoted_fields_as_rfc_4180_says() throws IOException {
        Pool pool = read("unique_id,name,gender\n\"x,1\",\"Kowalska, \"\"Ania\"\"\nline two\",female\n", CATEGORIES);
        assertEquals("x,1", pool.volunteers().get(0).id());
        assertEquals("female", pool.volunteers().get(0).feature("gender"));
    }

    @Test
    void accepts_name_for_the_feature_column_and_ignores_extra_columns() throws IOException {
        Pool pool = read("gender\nfemale\n", "category,name,min,max,Current #\ngender,female,0,1,3\n");
        assertEquals(List.of(new FeatureQuota("female", 0, 1)), pool.categories().get(0).features());
        assertEquals("1", pool.volunteers().get(0).id());
    }

    @Test
    void warns_about_respondents_whose_feature_is_not_listed_and_never_draws_them() throws IOException {
        Pool pool = read("id,gender\na,female\nb,other\nc,male\nd,female\ne,male\n", CATEGORIES);
        assertEquals(List.of("Row 2 (id 'b') cannot be drawn: its gender 'other' is not a feature of that category."),
                pool.warnings());
        Selection selection = Leximin.select(pool, 2);
        assertEquals(0.0, selection.probabilities().get("b"));
        assertEquals(0.5, selection.probabilities().get("a"), 1e-6);
    }

    @Test
    void reports_a_missing_file() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SortitionFiles.read(dir.resolve("nope.csv"), dir.resolve("nope-either.csv")));
        assertTrue(e.getMessage().startsWith("The categories file '"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nope-either.csv' does not exist."), e.getMessage());
    }

    @Test
    void reports_a_quota_that_is_not_a_whole_number() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("gender\nfemale\n", "category,feature,min,max\ngender,female,one,2\n"));
        assertEquals("The categories file has min 'one' on row 1, which is not a whole number.", e.getMessage());
    }

    @Test
    void reports_a_categories_file_without_a_max_column() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("gender\nfemale\n", "category,feature,min\ngender,female,1\n"));
        assertEquals("The categories file has no 'max' column (its header is: category,feature,min).", e.getMessage());
    }

    private Pool read(String respondents, String categories) throws IOException {
        Path r = Files.writeString(dir.resolve("respondents.csv"), respondents);
        Path c = Files.writeString(dir.resolve("categories.csv"), categories);
        return SortitionFiles.read(r, c);
    }
}
