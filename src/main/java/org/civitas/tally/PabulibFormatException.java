package org.civitas.tally;

/**
 * A pabulib file that cannot be read. The message is {@code line N: problem}, in plain English;
 * the app translates {@link #problem()} for users, the command line prints the message.
 */
public final class PabulibFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    public PabulibFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The 1-based line of the file where the problem is. */
    public int line() {
        return line;
    }

    /** A short description of the problem, without the line number. */
    public String problem() {
        return problem;
    }
}
