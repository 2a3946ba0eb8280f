package org.civitas.review;

/**
 * The formal checks (complete, within the cost limits, within the city's competence, supported in time) and the
 * merit checks (legal, land ownership, fit with city plans, feasible, realistic cost).
 */
public record Checklist(boolean complete, boolean costLimits, boolean competence, boolean supported, boolean legal,
        boolean land, boolean plans, boolean feasible, boolean cost) {

    public static final Checklist EMPTY = new Checklist(false, false, false, false, false, false, false, false, false);

    public boolean formalPassed() {
        return complete && costLimits && competence && supported;
    }

    public boolean meritPassed() {
        return legal && land && plans && feasible && cost;
    }
}
