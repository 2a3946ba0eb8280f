package org.civitas.shared;

import java.util.Arrays;

/**
 * A rule of the city said no (a cost outside the pool's limits, a protest after its deadline...). It carries a
 * translation key and its arguments, so the page tells the person why in their language.
 */
public class RuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleException(String messageKey, Object... arguments) {
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
