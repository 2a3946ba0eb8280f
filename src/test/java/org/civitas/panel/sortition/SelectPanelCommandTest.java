package org.civitas.panel.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectPanelCommandTest {

    private static final String SMALL = "--respondents " + Samples.SMALL_RESPONDENTS + " --categories "
            + Samples.SMALL_CATEGORIES;

    @TempDir
    Path dir;

    record Outcome(int status, List<String> out, List<String> err) {
    }

    @Test
    void prints_the_same_twenty_ids_for_the_same_seed() {
        Outcome first = run(SMALL + " --size 20 --seed 2027");
        assertEquals(0, first.status());
        assertEquals(20, first.out().size());
        assertEquals(List.of(), first.err());
        assertEquals(first.out(), run(SMALL + " --size 20 --seed 2027").out());
    }

    @Test
    void prints_id_and_probability_for_every_volunteer_in_file_order() {
        Outcome outcome = run(SMALL + " --size 20 --probabilities");
        assertEquals(0, outcome.status());
        assertEquals(200, outcome.out().size());
        assertEquals("1;0.1", outcome.out().get(0));
        assertEquals("200;0.1", outcome.out().get(199));
    }

    @Test
    void names_the_random_seed_on_standard_error_so_the_draw_can_be_repeated() {
        Outcome outcome = run(SMALL + " --size 20");
        assertEquals(1, outcome.err().size());
        String seed = outcome.err().get(0).substring(outcome.err().get(0).lastIndexOf(' ') + 1);
        assertEquals(outcome.out(), run(SMALL + " --size 20 --seed " + seed).out());
    }

    @Test
    void formats_probabilities_with_at_most_six_decimals() {
        assertEquals("0.1", SelectPanelCommand.formatProbability(0.09999999));
        assertEquals("0.333333", SelectPanelCommand.formatProbability(1.0 / 3));
        assertEquals("1", SelectPanelCommand.formatProbability(1.0000001));
        assertEquals("0", SelectPanelCommand.formatProbability(-1e-12));
    }

    @Test
    void reports_quotas_that_cannot_be_met_in_one_line_with_status_2() {
        Outcome outcome = run(SMALL + " --size 41");
        assertEquals(2, outcome.status());
        assertEquals(List.of("No panel of 41 can meet the quotas of category 'gender': its maximums (counting only the"
                + " volunteers available) add up to 40, fewer than the 41 seats."), outcome.err());
        assertEquals(List.of(), outcome.out());
    }

    @Test
    void reports_a_duplicated_id_and_a_missing_column_in_one_line_with_status_2() throws IOException {
        Path categories = Files.writeString(dir.resolve("c.csv"), "category,feature,min,max\ngender,f,0,1\n");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "id,gender\n1,f\n1,f\n");
        Path noColumn = Files.writeString(dir.resolve("nocol.csv"), "id,sex\n1,f\n");
        for (Path respondents : List.of(twice, noColumn)) {
            Outcome outcome = run("--respondents " + respondents + " --categories " + categories + " --size 1");
            assertEquals(2, outcome.status());
            assertEquals(1, outcome.err().size(), outcome.err().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--size 20", "--size twenty --respondents a --categories b", "--size 0",
        "--respondents a --categories b --size 2 --colour red", "--respondents a --respondents b", "--seed",
        "--respondents missing.csv --categories missing.csv --size 3"})
    void reports_bad_arguments_in_one_line_with_status_2(String arguments) {
        Outcome outcome = run(arguments);
        assertEquals(2, outcome.status());
        assertEquals(1, outcome.err().size(), outcome.err().toString());
        assertEquals(List.of(), outcome.out());
    }

    @Test
    void warns_on_standard_error_about_respondents_who_cannot_be_drawn() throws IOException {
        Path categories = Files.writeString(dir.resolve("c.csv"), "category,feature,min,max\ngender,f,0,1\n");
        Path respondents = Files.writeString(dir.resolve("r.csv"), "id,gender\n1,f\n2,x\n");
        Outcome outcome = run("--respondents " + respondents + " --categories " + categories + " --size 1 --seed 1");
        assertEquals(0, outcome.status());
        assertEquals(List.of("1"), outcome.out());
        assertEquals(List.of("warning: Row 2 (id '2') cannot be drawn: its gender 'x' is not a feature of that category."),
                outcome.err());
    }

    private static Outcome run(String arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
        int status = SelectPanelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : new ArrayList<>(text.lines().toList());
    }
}
