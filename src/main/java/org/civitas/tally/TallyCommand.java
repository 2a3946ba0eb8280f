package org.civitas.tally;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code tally [--rule RULE] FILE.pb}: prints the ids of the funded projects, one per line, in
 * the order the rule selected them. Without {@code --rule}, the file's own META {@code rule}
 * applies. Any problem is one line on the error stream and exit code 2.
 */
public final class TallyCommand {
    private static final int OK = 0;
    private static final int FAILED = 2;
    private static final String USAGE = "usage: tally [--rule RULE] FILE.pb";

    private TallyCommand() {
    }

    /** Runs the command; {@code args} exclude the word "tally". Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (UsageException usage) {
            return fail(err, usage.getMessage());
        }
        try {
            Election election = PabulibReader.read(invocation.file());
            TallyResult result = invocation.rule().map(rule -> Tally.count(election, rule))
                    .orElseGet(() -> Tally.count(election));
            result.selected().forEach(out::println);
            return OK;
        } catch (PabulibFormatException | IllegalArgumentException problem) {
            return fail(err, problem.getMessage());
        } catch (IOException unreadable) {
            return fail(err, "cannot read " + invocation.file() + ": " + unreadable.getMessage());
        }
    }

    /** Prints the problem as exactly one line, as scripts reading the error stream expect. */
    private static int fail(PrintStream err, String problem) {
        err.println(problem.replaceAll("\\s+", " ").trim());
        return FAILED;
    }

    /** The parsed arguments. */
    private record Invocation(Optional<Rule> rule, Path file) {

        static Invocation parse(String[] args) throws UsageException {
            Optional<Rule> rule = Optional.empty();
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--rule")) {
                    if (i + 1 == args.length || rule.isPresent()) {
                        throw new UsageException(USAGE);
                    }
                    String name = args[++i];
                    rule = Optional.of(Rule.byName(name).orElseThrow(() -> new UsageException(
                            "unknown rule \"" + name + "\"; use one of " + Rule.names())));
                } else if (args[i].startsWith("-") || file != null) {
                    throw new UsageException(USAGE);
                } else {
                    file = path(args[i]);
                }
            }
            if (file == null) {
                throw new UsageException(USAGE);
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            return new Invocation(rule, file);
        }
    }

    private static Path path(String arg) throws UsageException {
        try {
            return Path.of(arg);
        } catch (InvalidPathException notAPath) {
            throw new UsageException("no such file: " + arg);
        }
    }

    /** A command line the command cannot run. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
