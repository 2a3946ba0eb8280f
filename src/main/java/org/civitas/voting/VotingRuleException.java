package org.civitas.voting;

import org.civitas.shared.RuleException;

/** A rule of the vote refused a ballot, an identity or a paper entry; nothing was stored. */
public class VotingRuleException extends RuleException {

    public VotingRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
