package org.civitas.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width. PDF has no text flow of its own, so every line break
 * on the sheet is decided here by measuring with the font.
 */
public final class PdfText {

    private static final String ELLIPSIS = "…";

    private PdfText() {
    }

    /**
     * The text with every character the font cannot draw replaced: PDFBox refuses a whole string
     * for one missing glyph, and a resident's emoji in a title must not stop the list from printing.
     */
    public static String printable(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (canDraw(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    /** Lines no wider than {@code width}; explicit line breaks in the text are kept. */
    public static List<String> wrap(Typeface type, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        for (String paragraph : printable(type.font(), text).split("\n", -1)) {
            wrapParagraph(type, paragraph.strip(), width, lines);
        }
        return lines;
    }

    /** As {@link #wrap}, but at most {@code maxLines}, the last one ending in an ellipsis if cut. */
    public static List<String> wrap(Typeface type, String text, float width, int maxLines) throws IOException {
        List<String> lines = wrap(type, text, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        var kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(type, kept.get(maxLines - 1) + ELLIPSIS, width));
        return kept;
    }

    /** The text, shortened from the end until it fits on one line. */
    public static String ellipsize(Typeface type, String text, float width) throws IOException {
        String line = printable(type.font(), text).replace('\n', ' ').strip();
        if (type.width(line) <= width) {
            return line;
        }
        String body = line.endsWith(ELLIPSIS) ? line.substring(0, line.length() - 1) : line;
        while (!body.isEmpty() && type.width(body.strip() + ELLIPSIS) > width) {
            body = body.substring(0, body.offsetByCodePoints(body.length(), -1));
        }
        return body.strip() + ELLIPSIS;
    }

    private static void wrapParagraph(Typeface type, String paragraph, float width, List<String> lines)
            throws IOException {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        String line = "";
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (type.width(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = breakLongWord(type, word, width, lines);
        }
        lines.add(line);
    }

    /** Splits a word wider than the line (a long street name, a URL) and returns its last piece. */
    private static String breakLongWord(Typeface type, String word, float width, List<String> lines)
            throws IOException {
        String rest = word;
        while (type.width(rest) > width) {
            int end = rest.offsetByCodePoints(0, 1);
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (type.width(rest.substring(0, next)) > width) {
                    break;
                }
                end = next;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }
}
