package org.civitas.proposal;

import java.util.Arrays;

/**
 * A rule of the budget said no (a cost outside the pool's limits, a submission outside its phase, a second
 * support...). It carries a translation key, so the view tells the person why in their language.
 */
public class ProposalRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ProposalRuleException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
