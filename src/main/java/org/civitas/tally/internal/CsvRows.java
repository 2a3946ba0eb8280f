package org.civitas.tally.internal;

import java.util.ArrayList;
import java.util.List;

import org.civitas.tally.PabulibFormatException;

/**
 * Splits pabulib text into rows of cells: {@code ;} separates cells, double quotes wrap a cell that
 * holds {@code ;}, {@code "} (written {@code ""}) or a line break. Spaces around cells are dropped,
 * as are a UTF-8 byte order mark and empty lines; CRLF and LF both end a line.
 */
public final class CsvRows {

    /** One row of cells and the 1-based line where it starts. */
    public record Row(int line, List<String> cells) {
        public String cell(int index) {
            return cells.get(index);
        }
    }

    private final String text;
    private int pos;
    private int line = 1;

    public CsvRows(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** The next row that is not empty, or null at the end of the text. */
    public Row next() throws PabulibFormatException {
        while (pos < text.length()) {
            int start = line;
            var cells = new ArrayList<String>();
            boolean quoted = readRow(cells);
            if (quoted || cells.size() > 1 || !cells.get(0).isEmpty()) {
                return new Row(start, cells);
            }
        }
        return null;
    }

    /** The number of the last line, for problems found at the end of the text. */
    public int lastLine() {
        boolean endsWithBreak = !text.isEmpty() && "\r\n".indexOf(text.charAt(text.length() - 1)) >= 0;
        return endsWithBreak ? line - 1 : line;
    }

    private boolean readRow(List<String> cells) throws PabulibFormatException {
        boolean quoted = false;
        while (true) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '"') {
                cells.add(readQuoted());
                quoted = true;
            } else {
                cells.add(readPlain());
            }
            if (pos < text.length() && text.charAt(pos) == ';') {
                pos++;
            } else {
                endLine();
                return quoted;
            }
        }
    }

    private String readPlain() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ';' || c == '\n' || c == '\r') {
                break;
            }
            pos++;
        }
        return text.substring(start, pos).trim();
    }

    private String readQuoted() throws PabulibFormatException {
        int startLine = line;
        var cell = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new PabulibFormatException(startLine, "a quoted cell is never closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    cell.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            cell.append(c);
        }
        skipSpaces();
        if (pos < text.length() && ";\r\n".indexOf(text.charAt(pos)) < 0) {
            throw new PabulibFormatException(line, "text follows the closing quote of a quoted cell");
        }
        return cell.toString();
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void endLine() {
        int before = pos;
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        if (pos > before) {
            line++;
        }
    }
}
