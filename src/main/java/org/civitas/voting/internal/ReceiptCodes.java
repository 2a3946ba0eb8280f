package org.civitas.voting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes: 80 random bits written as 16 characters of Crockford's base 32 in groups of four
 * ("7KQM-4XRT-9PWV-2HDN"), easy to read aloud and to type. The box keeps only the SHA-256 of the code, which
 * can be published: no one can guess a code from it.
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    public static String next() {
        var code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of a code as a voter may type it: any case, with or without dashes, O for 0, I or L for 1. */
    public static String hash(String typed) {
        String canonical = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "").replace('O', '0')
                .replace('I', '1').replace('L', '1');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean wellFormed(String typed) {
        return typed != null && typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "").length() == 16;
    }
}
