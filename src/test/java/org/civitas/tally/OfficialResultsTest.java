package org.civitas.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The truth test: each shared pabulib file, counted by its own rule, gives its official winners. */
class OfficialResultsTest {
    private static final int LEAST_FILES_CHECKED = 8;

    @TestFactory
    Stream<DynamicTest> each_file_counted_by_its_own_rule_gives_the_official_winners() throws Exception {
        return Fixtures.dataFiles().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    @Test
    void enough_files_have_a_rule_this_library_counts_for_the_check_to_mean_something() throws Exception {
        long checked = 0;
        for (Path file : Fixtures.dataFiles()) {
            checked += countedRule(PabulibReader.read(file)).isPresent() ? 1 : 0;
        }
        assertTrue(checked >= LEAST_FILES_CHECKED, "only " + checked + " files can be checked");
    }

    private static void check(Path file) throws Exception {
        Election election = PabulibReader.read(file);
        Optional<Rule> rule = countedRule(election);
        if (rule.isEmpty()) {
            String reason = "skipped " + file.getFileName() + ": its rule \"" + election.rule().orElse("")
                    + "\" is not one this library counts";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Set<String> computed = new HashSet<>(Tally.count(election, rule.get()).selected());
        assertEquals(officialWinners(election, rule.get()), computed, file.getFileName().toString());
    }

    private static Optional<Rule> countedRule(Election election) {
        return election.rule().flatMap(Rule::byName);
    }

    /**
     * Projects with {@code selected} 1; with Poznań's rule also 2, which marks the project funded
     * under the 80% rule (FORMAT.md). Code 3 (Poznań: funded later from reserve) is no rule's doing.
     */
    private static Set<String> officialWinners(Election election, Rule rule) {
        return election.projects().stream()
                .filter(p -> p.selected().orElse(0) == 1 || rule == Rule.GREEDY_CUSTOM && p.selected().orElse(0) == 2)
                .map(Project::id)
                .collect(Collectors.toSet());
    }
}
