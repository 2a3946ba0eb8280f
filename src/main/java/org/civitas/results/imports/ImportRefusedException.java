package org.civitas.results.imports;

import java.util.Optional;

import org.civitas.shared.RuleException;

/**
 * A pabulib file that cannot become a past edition: it does not parse, or its ballots do not fit any ballot rule
 * of ours. Nothing of it has been saved.
 */
public class ImportRefusedException extends RuleException {

    private static final long serialVersionUID = 1L;
    private final transient FormatProblem problem;

    public ImportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problem = null;
    }

    /** A file that does not parse: the message key takes the line, then the translated problem. */
    ImportRefusedException(int line, FormatProblem problem) {
        super("results.import.error.format", line);
        this.problem = problem;
    }

    /** What is wrong at the line, for a file that does not parse. */
    public Optional<FormatProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
