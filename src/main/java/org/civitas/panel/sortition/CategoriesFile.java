package org.civitas.panel.sortition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the categories file: one row per feature with its min and max. Besides `category,feature,min,max`
 * it accepts the headers other tools write: `name` or `value` for the feature, and `feature` for the
 * category when a `value` column holds the feature (`feature,value,min,max`). Extra columns are ignored.
 */
final class CategoriesFile {

    private CategoriesFile() {
    }

    static List<Category> parse(CsvTable table) {
        int category = categoryColumn(table);
        int feature = featureColumn(table, category);
        int min = required(table, "min");
        int max = required(table, "max");
        // Insertion order keeps categories and features in file order, which fixes the draw's type order.
        Map<String, List<FeatureQuota>> features = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String name = nonEmpty(table, r, category, "category");
            FeatureQuota quota = new FeatureQuota(nonEmpty(table, r, feature, "feature"),
                    whole(table, r, min, "min"), whole(table, r, max, "max"));
            features.computeIfAbsent(name, k -> new ArrayList<>()).add(quota);
        }
        if (features.isEmpty()) {
            throw new InvalidInputException("The " + table.label() + " lists no features.");
        }
        List<Category> categories = new ArrayList<>();
        features.forEach((name, quotas) -> categories.add(new Category(name, quotas)));
        return categories;
    }

    private static int categoryColumn(CsvTable table) {
        OptionalInt category = table.column("category");
        if (category.isPresent()) {
            return category.getAsInt();
        }
        if (table.column("value").isPresent() && table.column("feature").isPresent()) {
            return table.column("feature").getAsInt();
        }
        throw missing(table, "category");
    }

    private static int featureColumn(CsvTable table, int categoryColumn) {
        for (String alias : List.of("feature", "name", "value")) {
            OptionalInt column = table.column(alias);
            if (column.isPresent() && column.getAsInt() != categoryColumn) {
                return column.getAsInt();
            }
        }
        throw missing(table, "feature");
    }

    private static int required(CsvTable table, String name) {
        return table.column(name).orElseThrow(() -> missing(table, name));
    }

    private static InvalidInputException missing(CsvTable table, String name) {
        return new InvalidInputException("The " + table.label() + " has no '" + name + "' column (its header is: "
                + String.join(",", table.header()) + ").");
    }

    private static String nonEmpty(CsvTable table, int r, int column, String what) {
        String value = table.cell(r, column);
        if (value.isEmpty()) {
            throw new InvalidInputException("The " + table.label() + " has an empty " + what + " on row " + (r + 1)
                    + ".");
        }
        return value;
    }

    private static int whole(CsvTable table, int r, int column, String what) {
        String value = table.cell(r, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The " + table.label() + " has " + what + " '" + value + "' on row "
                    + (r + 1) + ", which is not a whole number.", e);
        }
    }
}
