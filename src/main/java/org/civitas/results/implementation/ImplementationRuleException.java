package org.civitas.results.implementation;

import org.civitas.shared.RuleException;

/** An update that the tracking rules refuse (progress outside 0-100 %, a cancellation without a reason...). */
public class ImplementationRuleException extends RuleException {

    public ImplementationRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
