package org.civitas.panel.sortition;

/**
 * A selection that cannot go ahead because of its input. The message is one plain English line meant
 * for the official running the draw (the application translates it).
 */
public class SortitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SortitionException(String message) {
        super(message);
    }

    public SortitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
