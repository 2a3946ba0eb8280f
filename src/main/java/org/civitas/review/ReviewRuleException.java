package org.civitas.review;

import org.civitas.shared.RuleException;

/** A review step refused. */
public class ReviewRuleException extends RuleException {

    public ReviewRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
