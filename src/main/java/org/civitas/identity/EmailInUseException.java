package org.civitas.identity;

/** A registration with an email address that already has an account. */
public class EmailInUseException extends RuntimeException {

    public EmailInUseException() {
        super("The email address already has an account");
    }
}
