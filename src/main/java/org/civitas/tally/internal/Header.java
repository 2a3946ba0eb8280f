package org.civitas.tally.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.internal.CsvRows.Row;

/** The header row of a PROJECTS or VOTES section: which column is where. */
final class Header {
    private final String section;
    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    private Header(String section, List<String> names) {
        this.section = section;
        this.names = names;
    }

    static Header read(CsvRows rows, String section, String... required) throws PabulibFormatException {
        Row row = rows.next();
        if (row == null) {
            throw new PabulibFormatException(rows.lastLine(), "the " + section + " section has no header line");
        }
        var header = new Header(section, row.cells());
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cell(i);
            if (header.positions.putIfAbsent(name, i) != null) {
                throw new PabulibFormatException(row.line(),
                        "the " + section + " header names the column " + Messages.quote(name) + " twice");
            }
        }
        for (String name : required) {
            if (!header.has(name)) {
                throw new PabulibFormatException(row.line(),
                        "the " + section + " header has no " + name + " column");
            }
        }
        return header;
    }

    boolean has(String name) {
        return positions.containsKey(name);
    }

    /** The cell of this column, or null when the section has no such column. */
    String cell(Row row, String name) {
        Integer index = positions.get(name);
        return index == null ? null : row.cell(index);
    }

    void requireWidth(Row row) throws PabulibFormatException {
        if (row.cells().size() != names.size()) {
            throw new PabulibFormatException(row.line(), "the row has " + row.cells().size()
                    + " cells but the " + section + " header has " + names.size());
        }
    }

    /** The cells of the columns that have no dedicated field, in header order. */
    Map<String, String> extras(Row row, Set<String> fields) {
        if (fields.containsAll(names)) {
            return Map.of();
        }
        var extras = new LinkedHashMap<String, String>();
        for (int i = 0; i < names.size(); i++) {
            if (!fields.contains(names.get(i))) {
                extras.put(names.get(i), row.cell(i));
            }
        }
        return extras;
    }
}
