package org.civitas;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.civitas.panel.sortition.SelectPanelCommand;
import org.civitas.tally.TallyCommand;

/** The command-line contract of design.md §6: {@code java -jar civitas.jar <command> ...}. */
final class Commands {

    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    record Invocation(Command command, String[] args) {
        int run(PrintStream out, PrintStream err) {
            return command.run(args, out, err);
        }
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "tally", TallyCommand::run,
            "select-panel", SelectPanelCommand::run);

    private Commands() {
    }

    static Optional<Invocation> find(String[] args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            return Optional.empty();
        }
        return Optional.of(new Invocation(COMMANDS.get(args[0]), Arrays.copyOfRange(args, 1, args.length)));
    }
}
