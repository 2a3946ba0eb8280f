package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {
    private static final String ASSEN = Fixtures.PABULIB.resolve("Netherlands_Assen_2024.pb").toString();
    private static final String WAWER = Fixtures.PABULIB.resolve("Poland_Warszawa_2019_subunit_Wawer.pb").toString();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void prints_the_selected_ids_in_selection_order_by_the_files_own_rule() {
        assertEquals(0, run(ASSEN));
        assertEquals("3\n9\n2\n11\n13\n14\n5\n6\n12\n", out());
        assertEquals("", err());
    }

    @Test
    void applies_the_rule_given_on_the_command_line() {
        assertEquals(0, run("--rule", "greedy-no-skip", WAWER));
        assertEquals("2310\n132\n133\n134\n", out());
    }

    /**
     * Wawer (136,447 PLN): Equal Shares buys the four most approved projects, most approvers first (158, 151, 150,
     * 135), as the exact reference {@link ExactEqualShares} does; the next, 303 (108,000), would not fit the 12,195
     * left. Assen's file is counted by Equal Shares officially: its nine winners in buying order, not greedy's seven,
     * which take 8 and leave out 5, 6 and 12.
     */
    @Test
    void counts_by_equal_shares_when_asked_and_prints_its_winners_in_buying_order() {
        assertEquals(0, run("--rule", "equal-shares", WAWER));
        assertEquals("2310\n132\n133\n134\n", out());
        out.reset();
        assertEquals(0, run("--rule", "equal-shares", ASSEN));
        assertEquals("3\n9\n2\n11\n13\n14\n5\n6\n12\n", out());
        out.reset();
        assertEquals(0, run("--rule", "greedy", ASSEN));
        assertEquals("3\n9\n8\n2\n11\n13\n14\n", out());
        assertEquals("", err());
    }

    @Test
    void rejects_an_unknown_rule_with_one_line() {
        assertEquals(2, run("--rule", "borda", WAWER));
        assertOneLine(err());
        assertTrue(err().startsWith("unknown rule \"borda\""));
    }

    @Test
    void rejects_a_missing_file_or_bad_usage_with_one_line() {
        assertEquals(2, run("no-such-file.pb"));
        assertEquals("no such file: no-such-file.pb\n", err());
        err.reset();
        assertEquals(2, run());
        assertOneLine(err());
        err.reset();
        assertEquals(2, run("--rule"));
        assertOneLine(err());
    }

    @Test
    void refuses_a_file_whose_own_rule_it_does_not_count() {
        assertEquals(2, run(Fixtures.PABULIB.resolve("Poland_Warszawa_2024_Wesola.pb").toString()));
        assertOneLine(err());
        assertTrue(err().contains("greedy-exclusive"));
    }

    @Test
    void reports_a_malformed_file_as_one_line_naming_the_line(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.pb");
        Files.writeString(file, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n5;abc\n");

        assertEquals(2, run(file.toString()));

        assertEquals("line 7: the cost \"abc\" of project 5 is not a number\n", err());
        assertEquals("", out());
    }

    private int run(String... args) {
        return TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static void assertOneLine(String text) {
        assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, text);
    }
}
