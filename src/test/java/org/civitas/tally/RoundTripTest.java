package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    @Test
    void every_shared_file_reads_back_as_the_same_election_with_the_same_outcome() throws Exception {
        for (Path file : Fixtures.dataFiles()) {
            Election original = PabulibReader.read(file);

            Election again = PabulibReader.parse(PabulibWriter.toText(original));

            assertEquals(original, again, file.toString());
            Rule rule = original.rule().flatMap(Rule::byName).orElse(Rule.GREEDY);
            assertEquals(Tally.count(original, rule), Tally.count(again, rule), file.toString());
        }
    }

    @Test
    void writes_an_election_built_in_code_as_a_file_that_counts_the_same() throws Exception {
        var election = Election.of(new java.math.BigDecimal("1000"), VoteType.APPROVAL,
                List.of(Project.of("A", 600, 2), Project.of("B", 500, 2), Project.of("C", 300, 1)),
                List.of(Ballot.of("1", "A", "B"), Ballot.of("2", "A", "B", "C")));

        Election again = PabulibReader.parse(PabulibWriter.toText(election));

        assertEquals(List.of("A", "C"), Tally.count(again, Rule.GREEDY).selected());
        assertEquals(Tally.count(election, Rule.EQUAL_SHARES), Tally.count(again, Rule.EQUAL_SHARES));
        assertEquals(election.projects(), again.projects());
        assertEquals(election.ballots(), again.ballots());
    }

    @Test
    void quotes_what_the_reader_would_otherwise_split_or_trim(@TempDir Path dir) throws Exception {
        var project = new Project("P1", new java.math.BigDecimal("600.50"), 2, OptionalLong.of(7),
                "\"Konikowo\" - plac; zabaw ", OptionalInt.of(1), Map.of("category", "sport,culture"));
        var ballot = new Ballot("v1", List.of("P1"), List.of(7L), Map.of("district", " Stare; Miasto"));
        var other = new Ballot("v2", List.of("P1"), List.of(), Map.of("district", ""));
        var election = new Election(Map.of("budget", "1000.5", "vote_type", "cumulative",
                "comment", "#1: a \"quoted\"\nremark"), List.of(project), List.of(ballot, other));
        Path file = dir.resolve("written.pb");

        PabulibWriter.write(election, file);
        Election again = PabulibReader.read(file);

        assertEquals(project, again.projects().get(0));
        assertEquals(List.of(ballot, other), again.ballots());
        assertEquals("1", again.meta().get("num_projects"));
        assertEquals(Tally.count(election, Rule.EQUAL_SHARES), Tally.count(again, Rule.EQUAL_SHARES));
    }
}
