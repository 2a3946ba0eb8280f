package org.civitas.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Comma-separated text as RFC 4180 has it: a header line, then rows; a cell with a comma, quote or line break is quoted. */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        row(List.of((Object[]) header));
    }

    public Csv row(List<?> cells) {
        text.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String cell(Object value) {
        String s = value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
