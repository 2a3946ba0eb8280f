package org.civitas.panel.sortition;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole: its header and its data rows, cells trimmed. Rows are numbered from 1 (the
 * header is row 0) as FORMAT.md counts them; a short row reads as empty cells. {@code lines} holds the
 * line of the text on which each data row starts (the header's first line is line 1), for messages that
 * send a person to the right place in a spreadsheet.
 */
public record CsvTable(String label, List<String> header, List<List<String>> rows, List<Integer> lines) {

    // Commons CSV does the RFC 4180 quoting; empty lines (a trailing newline, a blank line) are skipped.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    static CsvTable read(Path path, String label) {
        CsvTable table = parse(readText(path, label), ',', label + " '" + path + "'");
        return new CsvTable(label, table.header, table.rows, table.lines);
    }

    /**
     * Text in RFC 4180 CSV with this separator (a comma, or the semicolon that spreadsheets write where the comma
     * is the decimal mark). A byte-order mark is skipped; text with no header line is refused.
     */
    public static CsvTable parse(String text, char delimiter, String label) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheet programs write it
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(text, delimiter, label, records, lines);
        if (records.isEmpty()) {
            throw new InvalidInputException("The " + label + " is empty: it needs a header line.");
        }
        return new CsvTable(label, records.get(0), List.copyOf(records.subList(1, records.size())),
                List.copyOf(lines.subList(1, lines.size())));
    }

    /** The line of the text on which a data row (0-based index into {@link #rows()}) starts. */
    public int line(int rowIndex) {
        return lines.get(rowIndex);
    }

    /** The column with this name, compared without regard to case. */
    public OptionalInt column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The cell of a data row (0-based index into {@link #rows()}), empty when the row is short. */
    public String cell(int rowIndex, int column) {
        List<String> row = rows.get(rowIndex);
        return column < row.size() ? row.get(column) : "";
    }

    private static String readText(Path path, String label) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("The " + label + " '" + path + "' does not exist.", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The " + label + " '" + path + "' is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new InvalidInputException("The " + label + " '" + path + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static void parse(String text, char delimiter, String what, List<List<String>> records,
            List<Integer> lines) {
        int position = 0;
        int line = 1;
        CSVParser parser = null;
        try (CSVParser opened = CSVParser.parse(new StringReader(text), FORMAT.builder().setDelimiter(delimiter).get())) {
            parser = opened;
            for (CSVRecord record : opened) {
                // the record's position may fall before the blank lines skipped ahead of it
                for (int end = (int) record.getCharacterPosition(); position < end
                        || position < text.length() && Character.isWhitespace(text.charAt(position)); position++) {
                    line += text.charAt(position) == '\n' ? 1 : 0;
                }
                records.add(List.copyOf(record.toList()));
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long at = parser == null ? line : parser.getCurrentLineNumber() + 1;
            throw new InvalidInputException("The " + what + " is not valid CSV (line " + at + "): " + e.getMessage(),
                    at, e);
        }
    }
}
