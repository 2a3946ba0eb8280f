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
 * header is row 0) as FORMAT.md counts them; a short row reads as empty cells.
 */
record CsvTable(String label, List<String> header, List<List<String>> rows) {

    // Commons CSV does the RFC 4180 quoting; empty lines (a trailing newline, a blank line) are skipped.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    static CsvTable read(Path path, String label) {
        String text = readText(path, label);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheet programs write it
        }
        List<List<String>> records = parse(text, label + " '" + path + "'");
        if (records.isEmpty()) {
            throw new InvalidInputException("The " + label + " '" + path + "' is empty: it needs a header line.");
        }
        return new CsvTable(label, records.get(0), records.subList(1, records.size()));
    }

    /** The column with this name, compared without regard to case. */
    OptionalInt column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The cell of a data row (0-based index into {@link #rows()}), empty when the row is short. */
    String cell(int rowIndex, int column) {
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

    private static List<List<String>> parse(String text, String what) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(List.copyOf(record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("The " + what + " is not valid CSV: " + e.getMessage(), e);
        }
        return records;
    }
}
