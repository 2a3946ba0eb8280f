package org.civitas.budget;

/** A district of the city as the other modules and the views see it. */
public record DistrictSummary(long id, int number, String roman, String name, int population) {

    /** The label residents know: "XIII Podgórze". */
    public String label() {
        return roman + " " + name;
    }
}
