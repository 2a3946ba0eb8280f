package org.civitas.results.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem of a pabulib file that does not parse, as a translation key and its arguments. The counting library
 * words its problems in plain English for the command line; the common ones are recognised here so that the page
 * says them in the reader's language, and any other is shown as the library wrote it.
 */
public record FormatProblem(String key, Object... arguments) {

    private static final String PREFIX = "results.import.problem.";
    private static final List<Known> KNOWN = List.of(
            new Known("not-utf8", "the text is not UTF-8"),
            new Known("empty", "the file is empty; it must start with META"),
            new Known("no-meta", "expected the section title META but found (.*)"),
            new Known("ends-early", "the file ends before the (\\w+) section"),
            new Known("missing-column", "the (\\w+) header has no (\\S+) column"),
            new Known("cells", "the row has (\\d+) cells but the (\\w+) header has (\\d+)"),
            new Known("unknown-project", "voter (.+) votes for project (.+), which is not in PROJECTS"),
            new Known("cost", "the cost (.+) of project (.+) is not a number"),
            new Known("count", "(\\w+) is (\\d+) but (\\w+) has (\\d+) rows"),
            new Known("quote", "a quoted cell is never closed"));

    /** The problem as the library wrote it, recognised when it is a common one. */
    public static FormatProblem of(String problem) {
        for (Known known : KNOWN) {
            Matcher m = known.pattern.matcher(problem);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return new FormatProblem(PREFIX + known.name, groups);
            }
        }
        return new FormatProblem(PREFIX + "other", problem);
    }

    private record Known(String name, Pattern pattern) {
        Known(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
