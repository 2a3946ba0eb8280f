package org.civitas.voting;

/** Valid PESEL numbers for tests: people born in the 1980s, each {@code n} a different person. */
public final class Identities {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Identities() {
    }

    public static String peselNumber(int n) {
        // born 1980-1989, day 01-28, serial from n: unique for n below 10,000 per (year, day)
        String prefix = String.format("%02d%02d%02d%04d", 80 + n / 280_000 % 10, 1 + n / 28 % 12, 1 + n % 28, n / 336 % 10_000);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (prefix.charAt(i) - '0');
        }
        return prefix + (10 - sum % 10) % 10;
    }

    public static VoterIdentity pesel(int n) {
        return VoterIdentity.ofPesel(peselNumber(n));
    }
}
