package org.civitas.voting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The Polish personal number: 11 digits, the date of birth in the first six, a check digit last. */
public final class Pesel {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    /** The digits of a PESEL typed with spaces or dashes, or empty when it is not a valid PESEL. */
    public static Optional<String> normalise(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{11}") || !checksumHolds(digits) || birthDate(digits).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** The date of birth a PESEL encodes; the month carries the century (+80 for the 1800s, +20 for the 2000s...). */
    public static Optional<LocalDate> birthDate(String digits) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        int mm = Integer.parseInt(digits.substring(2, 4));
        int dd = Integer.parseInt(digits.substring(4, 6));
        int century = switch (mm / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + yy, mm % 20, dd));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean checksumHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10 == digits.charAt(10) - '0';
    }
}
