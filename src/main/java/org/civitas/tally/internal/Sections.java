package org.civitas.tally.internal;

import org.civitas.tally.internal.CsvRows.Row;

/** Recognises the section title lines META, PROJECTS and VOTES. */
final class Sections {
    private Sections() {
    }

    static boolean isTitle(Row row, String title) {
        return row != null && row.cells().size() == 1 && row.cell(0).equalsIgnoreCase(title);
    }
}
