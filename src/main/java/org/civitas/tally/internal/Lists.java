package org.civitas.tally.internal;

/** The comma-separated lists inside a cell ({@code vote}, {@code points}). */
final class Lists {
    private Lists() {
    }

    static int commas(String cell) {
        int commas = 0;
        for (int i = cell.indexOf(','); i >= 0; i = cell.indexOf(',', i + 1)) {
            commas++;
        }
        return commas;
    }

    /** The trimmed items of a list cell; an empty cell has none. */
    static String[] split(String cell) {
        if (cell.isEmpty()) {
            return new String[0];
        }
        int commas = commas(cell);
        var items = new String[commas + 1];
        int start = 0;
        for (int i = 0; i < commas; i++) {
            int comma = cell.indexOf(',', start);
            items[i] = cell.substring(start, comma).trim();
            start = comma + 1;
        }
        items[commas] = cell.substring(start).trim();
        return items;
    }
}
