package org.civitas.panel.sortition;

/** A categories or respondents file (or a pool built in code) that breaks FORMAT.md. */
public final class InvalidInputException extends SortitionException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
