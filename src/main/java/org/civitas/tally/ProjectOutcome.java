package org.civitas.tally;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a count decided for one project, with what is needed to explain it to a resident.
 *
 * @param projectId the project
 * @param status    funded, or why not
 * @param rank      1-based place in the order a greedy rule went through the projects, or in the
 *                  order Equal Shares bought them; 0 when the rule never reached it
 * @param moneyLeft greedy rules: the money left when the rule came to this project (for
 *                  {@link Status#DID_NOT_FIT}, the amount that was too little); Equal Shares, for
 *                  {@link Status#NOT_ENOUGH_SUPPORT}: the money its supporters still had in their
 *                  Equal Shares accounts; otherwise null
 * @param price     Equal Shares, for a funded project: the price at which it was bought; otherwise null
 */
public record ProjectOutcome(String projectId, Status status, int rank, BigDecimal moneyLeft,
        EqualSharesPrice price) {

    public ProjectOutcome {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
    }

    public boolean funded() {
        return status == Status.FUNDED || status == Status.FUNDED_FROM_RESERVE;
    }

    /** Funded, or the reason a project was not. */
    public enum Status {
        FUNDED,
        /** Poznań's rule: it did not fit, but at least 80% of its cost was left; reserve money adds the rest. */
        FUNDED_FROM_RESERVE,
        /** It cost more than the money left (see {@code moneyLeft}). */
        DID_NOT_FIT,
        /** A no-skip rule had stopped at an earlier project that did not fit. */
        STOPPED,
        /** Its score (else votes) is below META {@code min_project_score_threshold}. */
        BELOW_THRESHOLD,
        /** Equal Shares: its supporters' remaining money could not cover its cost ("not enough points"). */
        NOT_ENOUGH_SUPPORT,
        /** Withdrawn (pabulib cost 999999999); no rule funds it. */
        WITHDRAWN
    }

    /**
     * The price at which Equal Shares bought a project.
     *
     * @param maxPayment       the most any one supporter paid; supporters with less money paid all they had
     * @param effectiveSupport the cost divided by {@code maxPayment}: as many supporters as, paying
     *                         equally, would have bought it at this price (at most the supporters' count)
     */
    public record EqualSharesPrice(BigDecimal maxPayment, BigDecimal effectiveSupport) {
    }
}
