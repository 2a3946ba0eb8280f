package org.civitas.panel.sortition;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code select-panel --respondents FILE --categories FILE --size N [--seed S] [--probabilities]}
 * (the arguments exclude the word "select-panel").
 * <ul>
 * <li>Without {@code --probabilities}: the ids of one panel drawn with the seed, one per line, in file
 * order. Without {@code --seed} a random seed is used and named on standard error, so the draw can still
 * be repeated.</li>
 * <li>With {@code --probabilities}: {@code id;probability} for every respondent, in file order; the
 * probability has at most 6 decimals (rounded half up, trailing zeros dropped, '.' as separator), 0 for
 * one who cannot be drawn.</li>
 * </ul>
 * Respondents who cannot be drawn are named on standard error as warnings. Bad input (a usage error, a
 * missing or malformed file, a category without a column, a repeated id, quotas that cannot be met)
 * prints exactly one line on standard error and returns 2; an unexpected failure returns 1.
 */
public final class SelectPanelCommand {

    private SelectPanelCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            SelectPanelArgs arguments = SelectPanelArgs.parse(args);
            Pool pool = SortitionFiles.read(arguments.respondents(), arguments.categories());
            Selection selection = Leximin.select(pool, arguments.size());
            if (arguments.probabilities()) {
                selection.probabilities().forEach((id, p) -> out.println(id + ";" + formatProbability(p)));
            } else {
                printPanel(selection, arguments.seed(), out, err);
            }
            out.flush();
            pool.warnings().forEach(warning -> err.println("warning: " + warning));
            return 0;
        } catch (SelectPanelArgs.UsageException e) {
            err.println("select-panel: " + oneLine(e.getMessage()) + "; " + SelectPanelArgs.USAGE);
            return 2;
        } catch (SortitionException e) {
            err.println(oneLine(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println("select-panel failed unexpectedly: " + oneLine(String.valueOf(e)));
            return 1;
        }
    }

    /**
     * At most 6 decimals, half up, trailing zeros dropped: 0.1, 0.333333, 1, 0. Public so that the panel's published
     * probabilities read exactly as the command prints them.
     */
    public static String formatProbability(double probability) {
        BigDecimal rounded = BigDecimal.valueOf(Math.min(1, Math.max(0, probability)))
                .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static void printPanel(Selection selection, String seed, PrintStream out, PrintStream err) {
        String used = seed;
        if (used == null) {
            byte[] bytes = new byte[8];
            new SecureRandom().nextBytes(bytes);
            used = HexFormat.of().formatHex(bytes);
            err.println("note: no --seed given; drew with --seed " + used);
        }
        selection.drawPanel(used).forEach(member -> out.println(member.id()));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\R", " ");
    }
}
