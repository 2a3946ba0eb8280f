package org.civitas.proposal;

import org.civitas.shared.RuleException;

/** A rule of the budget refused a step on a proposal. */
public class ProposalRuleException extends RuleException {

    public ProposalRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
