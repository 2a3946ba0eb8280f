package org.civitas.tally;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civitas.tally.internal.PabulibFormatter;

/**
 * Writes elections as pabulib text that {@link PabulibReader} reads back to an equal election.
 * {@code num_projects} and {@code num_votes} always state the real counts. Pabulib tables are
 * rectangular: a project or ballot that lacks an extra column another one has gets an empty cell.
 */
public final class PabulibWriter {
    private PabulibWriter() {
    }

    public static String toText(Election election) {
        var text = new StringBuilder();
        new PabulibFormatter(election, text).write();
        return text.toString();
    }

    public static void write(Election election, Path file) throws IOException {
        Files.writeString(file, toText(election), StandardCharsets.UTF_8);
    }

    /** Writes the pabulib text to a stream the caller opened, and closes, with UTF-8 encoding. */
    public static void write(Election election, Writer out) throws IOException {
        out.write(toText(election));
    }
}
