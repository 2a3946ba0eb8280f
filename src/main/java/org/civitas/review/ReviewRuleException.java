package org.civitas.review;

import java.util.Arrays;

/** A review step refused, with a translation key for the official's message. */
public class ReviewRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ReviewRuleException(String messageKey, Object... arguments) {
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
