package org.civitas.budget;

/**
 * How a ballot of an edition is filled in. {@code parameter} is k for APPROVAL (projects per pool) and N for
 * CUMULATIVE (points to spread); the other kinds have none.
 */
public record BallotRule(Kind kind, Integer parameter) {

    public enum Kind {
        /** Exactly 3 city-wide and 3 district projects, ranked: 3, 2 and 1 points (Kraków 2020-2025). */
        KRAKOW_POINTS(false),
        /** Up to k projects per pool. */
        APPROVAL(true),
        /** N points spread over the projects. */
        CUMULATIVE(true),
        /** Projects whose total cost fits the pool. */
        KNAPSACK(false);

        private final boolean needsParameter;

        Kind(boolean needsParameter) {
            this.needsParameter = needsParameter;
        }

        public boolean needsParameter() {
            return needsParameter;
        }

        public String translationKey() {
            return "budget.rule." + name().toLowerCase();
        }
    }

    public BallotRule {
        parameter = kind.needsParameter() ? parameter : null;
    }
}
