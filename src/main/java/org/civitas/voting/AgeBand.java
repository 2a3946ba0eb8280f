package org.civitas.voting;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;

/**
 * Age bands for turnout figures. The register keeps a voter's band, never their date of birth: coarse enough to
 * publish, and a band says nothing about a ballot, which the register cannot reach anyway.
 */
public enum AgeBand {
    UNDER_18("0-17", 0), FROM_18("18-24", 18), FROM_25("25-34", 25), FROM_35("35-44", 35), FROM_45("45-54", 45),
    FROM_55("55-64", 55), FROM_65("65+", 65);

    private final String label;
    private final int from;

    AgeBand(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public static AgeBand on(LocalDate birthDate, LocalDate day) {
        int age = Period.between(birthDate, day).getYears();
        AgeBand band = UNDER_18;
        for (AgeBand b : values()) {
            if (age >= b.from) {
                band = b;
            }
        }
        return band;
    }

    public static AgeBand ofLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No age band " + label));
    }
}
