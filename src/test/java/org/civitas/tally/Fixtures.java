package org.civitas.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small hand-made elections for the tests, written as pabulib text because that reads best. */
final class Fixtures {
    /** The shared data folder, beside the project folder. */
    static final Path PABULIB = Path.of("../shared/data/pabulib");

    private Fixtures() {
    }

    /** Every .pb file of the shared data folder, by name. */
    static List<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(PABULIB)) {
            return files.filter(f -> f.toString().endsWith(".pb")).sorted().collect(Collectors.toList());
        }
    }

    /** An approval election with only a PROJECTS table of {@code id;cost;votes} rows and no ballots. */
    static Election ranked(String budget, String... rows) throws PabulibFormatException {
        return PabulibReader.parse(meta(budget, "approval") + "PROJECTS\nproject_id;cost;votes\n"
                + String.join("\n", rows) + "\nVOTES\nvoter_id;vote\n");
    }

    /** An approval election with {@code id;cost} projects and one ballot per {@code "A,B"} list. */
    static Election approvals(String budget, String[] projects, String... ballots) throws PabulibFormatException {
        var text = new StringBuilder(meta(budget, "approval")).append("PROJECTS\nproject_id;cost\n");
        for (String project : projects) {
            text.append(project).append('\n');
        }
        text.append("VOTES\nvoter_id;vote\n");
        for (int i = 0; i < ballots.length; i++) {
            text.append(i + 1).append(';').append(ballots[i]).append('\n');
        }
        return PabulibReader.parse(text.toString());
    }

    static String meta(String budget, String voteType) {
        return "META\nkey;value\nbudget;" + budget + "\nvote_type;" + voteType + "\n";
    }
}
