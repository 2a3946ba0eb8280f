package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the respondents file: the id from `id`, `unique_id` or `nationbuilder_id` (else the 1-based row
 * number) and, per category, the column of that name (exact, else ignoring case).
 */
final class RespondentsFile {

    private static final List<String> ID_COLUMNS = List.of("id", "unique_id", "nationbuilder_id");

    private RespondentsFile() {
    }

    static List<Volunteer> parse(CsvTable table, List<Category> categories) {
        int[] columns = categoryColumns(table, categories);
        OptionalInt idColumn = idColumn(table);
        List<Volunteer> volunteers = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r + 1;
            String id = idColumn.isPresent() ? table.cell(r, idColumn.getAsInt()) : String.valueOf(row);
            if (id.isEmpty()) {
                throw new InvalidInputException("The " + table.label() + " has an empty id on row " + row + ".");
            }
            Map<String, String> features = new HashMap<>();
            for (int c = 0; c < categories.size(); c++) {
                features.put(categories.get(c).name(), table.cell(r, columns[c]));
            }
            volunteers.add(new Volunteer(id, row, features));
        }
        return volunteers;
    }

    private static OptionalInt idColumn(CsvTable table) {
        for (String name : ID_COLUMNS) {
            OptionalInt column = table.column(name);
            if (column.isPresent()) {
                return column;
            }
        }
        return OptionalInt.empty();
    }

    private static int[] categoryColumns(CsvTable table, List<Category> categories) {
        int[] columns = new int[categories.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            String name = categories.get(c).name();
            int exact = table.header().indexOf(name);
            columns[c] = exact >= 0 ? exact : table.column(name).orElse(-1);
            if (columns[c] < 0) {
                missing.add("'" + name + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("The " + table.label() + " has no column for categor"
                    + (missing.size() == 1 ? "y " : "ies ") + String.join(", ", missing)
                    + " of the categories file (its columns are: " + String.join(",", table.header()) + ").");
        }
        return columns;
    }
}
