package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class PabulibReaderTest {

    @Test
    void reads_the_example_of_the_format_notes() throws Exception {
        Election e = PabulibReader.parse("""
                META
                key;value
                description;District PB in Exampletown, North
                num_projects;3
                num_votes;4
                budget;1000
                vote_type;ordinal
                rule;greedy
                PROJECTS
                project_id;cost;votes;score;name;selected
                A;600;3;5;"Park; phase 1";1
                B;500;3;4;Library books;0
                C;300;2;3;Bike racks;1
                VOTES
                voter_id;vote;age;sex;voting_method
                1;A,B;34;F;internet
                2;B,C;51;M;paper
                3;A,C;19;F;internet
                4;C,A;62;M;internet
                """);

        assertEquals(VoteType.ORDINAL, e.voteType());
        assertEquals(new Project("A", new BigDecimal("600"), 3, OptionalLong.of(5), "Park; phase 1",
                OptionalInt.of(1), Map.of()), e.projects().get(0));
        assertEquals(new Ballot("4", List.of("C", "A"), List.of(),
                Map.of("age", "62", "sex", "M", "voting_method", "internet")), e.ballots().get(3));
        assertEquals(List.of("A", "C"), Tally.count(e).selected());
    }

    @Test
    void copes_with_a_bom_spaces_quotes_crlf_and_empty_lines() throws Exception {
        String text = "\uFEFFMETA\r\nkey; value\r\n budget ; 1656699.67 \r\n\r\nvote_type;approval\r\n"
                + "PROJECTS\r\nproject_id;cost;name\r\nP1 ; 600 ;\"\"\"Konikowo\"\" - plac zabaw\"\r\n"
                + "P2;  300;  \" spaced; name \"  \r\nVOTES\r\nvoter_id;vote\r\n\r\n v1 ; P1 , P2 \r\n";

        Election e = PabulibReader.parse(text);

        assertEquals(new BigDecimal("1656699.67"), e.budget());
        assertEquals("\"Konikowo\" - plac zabaw", e.projects().get(0).name());
        assertEquals(" spaced; name ", e.projects().get(1).name());
        assertEquals(List.of("P1", "P2"), e.ballots().get(0).projectIds());
        assertEquals(1, e.projects().get(0).votes(), "recounted, as the file has no votes column");
    }

    @Test
    void reads_points_of_cumulative_and_scoring_ballots() throws Exception {
        for (String type : List.of("cumulative", "scoring")) {
            Election e = PabulibReader.parse(Fixtures.meta("100", type)
                    + "PROJECTS\nproject_id;cost;votes;score\n1;50;2;13\n2;50;1;2\n"
                    + "VOTES\nvoter_id;vote;points\na;1,2;8,2\nb;1;5\n");

            assertEquals(List.of(8L, 2L), e.ballots().get(0).points());
            assertTrue(e.hasScores());
        }
    }

    @Test
    void reads_choose_one_ballots() throws Exception {
        Election e = PabulibReader.parse(Fixtures.meta("100", "choose-1")
                + "PROJECTS\nproject_id;cost;votes\nRM-X.1;50;1\nRM-X.2;50;1\nVOTES\nvoter_id;vote\n17;RM-X.2\n95;RM-X.1\n");

        assertEquals(VoteType.CHOOSE_ONE, e.voteType());
        assertEquals(List.of("RM-X.2"), e.ballots().get(0).projectIds());
        assertFalse(e.hasScores());
    }

    @Test
    void marks_the_999999999_cost_as_withdrawn() throws Exception {
        Election e = Fixtures.ranked("100", "150;999999999;454", "425;75;395");

        assertTrue(e.projects().get(0).withdrawn());
        assertFalse(e.projects().get(1).withdrawn());
    }

    @Test
    void reads_every_shared_file() throws Exception {
        for (var file : Fixtures.dataFiles()) {
            Election e = PabulibReader.read(file);

            assertEquals(Integer.parseInt(e.meta().get("num_votes")), e.ballots().size(), file.toString());
        }
    }
}
