package org.civitas.proposal.internal;

import java.util.Arrays;

/**
 * An upload that cannot be attached. It carries a translation key and its arguments, not a sentence,
 * because the resident must read why in their own language.
 */
public class AttachmentRejectedException extends RuntimeException {

    /** {0}: the limit in megabytes. */
    public static final String TOO_BIG = "proposal.attachment.too-big";
    /** No arguments. */
    public static final String UNSUPPORTED = "proposal.attachment.unsupported";
    /** {0}: the extension the name gives, without the dot; {1}: what the content is (PNG, JPEG or PDF). */
    public static final String NAME_MISMATCH = "proposal.attachment.name-mismatch";
    /** No arguments. */
    public static final String DAMAGED = "proposal.attachment.damaged";
    /** {0}: width, {1}: height in pixels; {2}: the limit in megapixels. */
    public static final String TOO_LARGE_IMAGE = "proposal.attachment.too-large-image";
    /** No arguments. */
    public static final String EMPTY = "proposal.attachment.empty";

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public AttachmentRejectedException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public AttachmentRejectedException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments), cause);
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
