package org.civitas.budget;

/** An edition that breaks a rule only the database can check; {@code messageKey} is a UI translation key. */
public class InvalidEditionException extends RuntimeException {

    private final String messageKey;

    public InvalidEditionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
