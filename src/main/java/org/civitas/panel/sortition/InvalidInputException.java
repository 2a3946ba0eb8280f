package org.civitas.panel.sortition;

/** A categories or respondents file (or a pool built in code) that breaks FORMAT.md. */
public final class InvalidInputException extends SortitionException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        this(message, 0, null);
    }

    private final long line;

    public InvalidInputException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public InvalidInputException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line of the file where reading failed, or 0 when no one line is to blame. */
    public long line() {
        return line;
    }
}
