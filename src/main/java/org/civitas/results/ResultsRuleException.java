package org.civitas.results;

import org.civitas.shared.RuleException;

/** A rule of publishing results said no (a second publication, results not out yet); nothing changed. */
public class ResultsRuleException extends RuleException {

    public ResultsRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
