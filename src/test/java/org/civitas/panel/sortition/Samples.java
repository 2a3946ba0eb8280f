package org.civitas.panel.sortition;

import java.nio.file.Path;

/**
 * The shared sample pools (read relative to the project root) and their LEXIMIN selections, computed
 * once for the whole test run because the larger one takes a few seconds.
 */
final class Samples {

    static final Path ROOT = Path.of("../shared/data/sortition");
    static final Path SMALL_RESPONDENTS = ROOT.resolve("example_small_20/respondents.csv");
    static final Path SMALL_CATEGORIES = ROOT.resolve("example_small_20/categories.csv");
    static final Path FIXTURE_RESPONDENTS = ROOT.resolve("sortition_algorithms_fixture/candidates.csv");
    static final Path FIXTURE_CATEGORIES = ROOT.resolve("sortition_algorithms_fixture/features.csv");

    private static Selection small;
    private static Selection fixture;

    private Samples() {
    }

    static Pool exampleSmall20() {
        return SortitionFiles.read(SMALL_RESPONDENTS, SMALL_CATEGORIES);
    }

    static Pool fixture() {
        return SortitionFiles.read(FIXTURE_RESPONDENTS, FIXTURE_CATEGORIES);
    }

    static synchronized Selection exampleSmall20Selection() {
        if (small == null) {
            small = Leximin.select(exampleSmall20(), 20);
        }
        return small;
    }

    static synchronized Selection fixtureSelection() {
        if (fixture == null) {
            fixture = Leximin.select(fixture(), 22);
        }
        return fixture;
    }
}
