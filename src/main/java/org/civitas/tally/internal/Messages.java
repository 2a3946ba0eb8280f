package org.civitas.tally.internal;

/** Helpers for the short English problem descriptions. */
final class Messages {
    private static final int LONGEST_QUOTE = 40;

    private Messages() {
    }

    /** A cell's text in quotes, shortened and on one line, so a message stays one short line. */
    static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.length() > LONGEST_QUOTE) {
            oneLine = oneLine.substring(0, LONGEST_QUOTE) + "...";
        }
        return "\"" + oneLine + "\"";
    }
}
