package org.civitas.panel.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * The code on an invitation letter: eight characters from an alphabet without look-alikes (no 0 and O, no 1, I and
 * L), about 10^12 possibilities, so a code typed by a resident cannot be guessed. Codes are not drawn from the
 * published seed: anyone may repeat which addresses were invited, nobody may recompute their codes.
 */
final class InvitationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();
    private final Set<String> taken;

    /** @param taken the panel's codes so far; the new ones are added to it */
    InvitationCodes(Set<String> taken) {
        this.taken = taken;
    }

    String next() {
        while (true) {
            var code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (taken.add(code.toString())) {
                return code.toString();
            }
        }
    }

    /** A code as a resident may type it: any case, with spaces or hyphens between the groups. */
    static String normalized(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
