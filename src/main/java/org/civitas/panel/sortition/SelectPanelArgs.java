package org.civitas.panel.sortition;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arguments of {@code select-panel}; {@code seed} is null when none was given. */
record SelectPanelArgs(Path respondents, Path categories, int size, String seed, boolean probabilities) {

    static final String USAGE =
            "usage: select-panel --respondents FILE --categories FILE --size N [--seed S] [--probabilities]";

    private static final List<String> WITH_VALUE = List.of("--respondents", "--categories", "--size", "--seed");

    /** A command line that does not follow {@link #USAGE}. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static SelectPanelArgs parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            if (name.equals("--probabilities")) {
                value = "";
            } else if (WITH_VALUE.contains(name)) {
                if (i + 1 == args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            } else {
                throw new UsageException("unknown argument '" + name + "'");
            }
            if (options.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        return new SelectPanelArgs(Path.of(required(options, "--respondents")), Path.of(required(options, "--categories")),
                size(required(options, "--size")), options.get("--seed"), options.containsKey("--probabilities"));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing " + name);
        }
        return value;
    }

    private static int size(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below, like a size below 1
        }
        throw new UsageException("--size must be a whole number of at least 1, not '" + value + "'");
    }
}
