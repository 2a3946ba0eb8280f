package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedFileTest {
    private static final String META = "META\nkey;value\nbudget;1000\nvote_type;approval\n";
    private static final String PROJECTS = "PROJECTS\nproject_id;cost;votes\nA;600;3\nB;500;2\n";
    private static final String VOTES = "VOTES\nvoter_id;vote\n1;A,B\n2;B\n";

    @Test
    void names_the_line_of_a_cost_that_is_not_a_number() {
        assertProblem(7, "the cost \"abc\" of project 5 is not a number",
                META + "PROJECTS\nproject_id;cost;votes\n5;abc;3\n" + VOTES);
    }

    @Test
    void names_the_line_of_a_vote_for_an_unknown_project() {
        assertProblem(12, "voter 2 votes for project \"C\", which is not in PROJECTS",
                META + PROJECTS + "VOTES\nvoter_id;vote\n1;A\n2;C\n");
    }

    @Test
    void names_the_line_of_a_row_with_too_many_cells() {
        assertProblem(8, "the row has 4 cells but the PROJECTS header has 3", META + "PROJECTS\nproject_id;cost;votes\n"
                + "A;600;3\nB;500;2;extra\n" + VOTES);
    }

    @Test
    void names_the_line_of_points_that_do_not_match_the_vote() {
        assertProblem(11, "voter 1 lists 2 projects but gives 1 points",
                META + PROJECTS + "VOTES\nvoter_id;vote;points\n1;A,B;3\n");
    }

    @Test
    void names_the_line_of_a_project_listed_twice() {
        assertProblem(8, "project \"A\" appears twice", META + "PROJECTS\nproject_id;cost;votes\nA;1;1\nA;2;2\n" + VOTES);
    }

    @Test
    void names_the_line_where_a_quoted_cell_opens_and_is_never_closed() {
        assertProblem(7, "a quoted cell is never closed", META + "PROJECTS\nproject_id;cost;name\nA;1;\"Park\n" + VOTES);
    }

    @Test
    void names_the_line_of_a_count_that_disagrees_with_the_rows() {
        assertProblem(5, "num_projects is 3 but PROJECTS has 2 rows", META + "num_projects;3\n" + PROJECTS + VOTES);
    }

    @Test
    void names_the_line_of_a_bad_budget_or_vote_type() {
        assertProblem(3, "the budget \"1,5\" is not a number of at least 0",
                "META\nkey;value\nbudget;\"1,5\"\nvote_type;approval\n" + PROJECTS + VOTES);
        assertProblem(4, "the vote_type \"knapsack\" is not approval, ordinal, cumulative, scoring or choose-1",
                "META\nkey;value\nbudget;1\nvote_type;knapsack\n" + PROJECTS + VOTES);
    }

    @Test
    void names_a_missing_section_or_key() {
        assertProblem(1, "expected the section title META but found \"PROJECTS\"", PROJECTS + VOTES);
        assertProblem(8, "the file ends before the VOTES section", META + PROJECTS);
        assertProblem(1, "META has no budget", "META\nkey;value\nvote_type;approval\n" + PROJECTS + VOTES);
        assertProblem(1, "the file is empty; it must start with META", "");
    }

    @Test
    void names_the_line_of_text_that_is_not_utf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.pb");
        String text = META + "PROJECTS\nproject_id;cost;name\nA;1;Café\nB;1;Bar\n" + VOTES;
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

        var problem = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(file));

        assertEquals("line 7: the text is not UTF-8", problem.getMessage());
    }

    private static void assertProblem(int line, String problem, String text) {
        var thrown = assertThrows(PabulibFormatException.class, () -> PabulibReader.parse(text));
        assertEquals("line " + line + ": " + problem, thrown.getMessage());
        assertEquals(line, thrown.line());
    }
}
