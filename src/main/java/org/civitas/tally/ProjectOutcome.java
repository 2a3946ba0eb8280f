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
 * @param costCovered Equal Shares, for {@link Status#NOT_ENOUGH_SUPPORT}: the effective support of a project it did
 *                  not fund, as the share of its cost (from 0, below 1, rounded down to 4 decimals) that its
 *                  supporters could still pay from their accounts when the count ended; otherwise null
 */
public record ProjectOutcome(String projectId, Status status, int rank, BigDecimal moneyLeft,
        EqualSharesPrice price, BigDecimal costCovered) {

    public ProjectOutcome {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
    }

    /** An outcome without Equal Shares' share of the cost covered: every greedy rule's, and Equal Shares' funded. */
    public ProjectOutcome(String projectId, Status status, int rank, BigDecimal moneyLeft, EqualSharesPrice price) {
        this(projectId, status, rank, moneyLeft, price, null);
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
     * @param effectiveSupport the effective support of a funded project: the cost divided by {@code maxPayment}, as
     *                         many supporters as, paying equally, would have bought it at this price (at most the
     *                         supporters' count; a supporter who could pay only part of the largest payment counts
     *                         as that part of a voter)
     */
    public record EqualSharesPrice(BigDecimal maxPayment, BigDecimal effectiveSupport) {
    }
}
