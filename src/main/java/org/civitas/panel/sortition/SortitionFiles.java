package org.civitas.panel.sortition;

import java.nio.file.Path;

/** Reads a pool from the two CSV files described in FORMAT.md. */
public final class SortitionFiles {

    private SortitionFiles() {
    }

    /**
     * @throws InvalidInputException when a file is missing, is not CSV, lacks a column or repeats an id
     */
    public static Pool read(Path respondents, Path categories) {
        CsvTable categoryTable = CsvTable.read(categories, "categories file");
        CsvTable respondentTable = CsvTable.read(respondents, "respondents file");
        var quotas = CategoriesFile.parse(categoryTable);
        return new Pool(quotas, RespondentsFile.parse(respondentTable, quotas));
    }
}
