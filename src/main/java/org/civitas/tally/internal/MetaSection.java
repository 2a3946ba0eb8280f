package org.civitas.tally.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.internal.CsvRows.Row;

/** Reads the META section (up to and including the PROJECTS title) and checks the keys counting needs. */
final class MetaSection {
    final Map<String, String> entries = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private int titleLine;

    static MetaSection read(CsvRows rows) throws PabulibFormatException {
        var meta = new MetaSection();
        Row title = rows.next();
        if (title == null) {
            throw new PabulibFormatException(rows.lastLine(), "the file is empty; it must start with META");
        }
        if (!Sections.isTitle(title, Columns.META)) {
            throw new PabulibFormatException(title.line(),
                    "expected the section title META but found " + Messages.quote(String.join(";", title.cells())));
        }
        meta.titleLine = title.line();
        Row header = rows.next();
        if (header == null || header.cells().size() != 2 || !header.cell(0).equals(Columns.KEY)
                || !header.cell(1).equals(Columns.VALUE)) {
            int line = header == null ? rows.lastLine() : header.line();
            throw new PabulibFormatException(line, "the META header must be key;value");
        }
        meta.readEntries(rows);
        meta.check();
        return meta;
    }

    private void readEntries(CsvRows rows) throws PabulibFormatException {
        for (Row row = rows.next(); !Sections.isTitle(row, Columns.PROJECTS); row = rows.next()) {
            if (row == null) {
                throw new PabulibFormatException(rows.lastLine(), "the file ends before the PROJECTS section");
            }
            if (row.cells().size() != 2) {
                throw new PabulibFormatException(row.line(),
                        "a META row needs a key and a value, but this one has " + row.cells().size() + " cells");
            }
            if (entries.putIfAbsent(row.cell(0), row.cell(1)) != null) {
                throw new PabulibFormatException(row.line(),
                        "the META key " + Messages.quote(row.cell(0)) + " appears twice");
            }
            lines.put(row.cell(0), row.line());
        }
    }

    private void check() throws PabulibFormatException {
        var problem = MetaChecks.find(entries);
        if (problem.isPresent()) {
            int line = lines.getOrDefault(problem.get().key(), titleLine);
            throw new PabulibFormatException(line, problem.get().text());
        }
    }

    /** Checks num_projects or num_votes against the number of rows actually read. */
    void requireCount(String key, int actual, String section) throws PabulibFormatException {
        String declared = entries.get(key);
        if (declared != null && Long.parseLong(declared) != actual) {
            throw new PabulibFormatException(lines.get(key),
                    key + " is " + declared + " but " + section + " has " + actual + " rows");
        }
    }
}
