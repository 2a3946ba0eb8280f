package org.civitas.voting;

import org.civitas.budget.BallotRule;

/** What the entry form of a batch needs: the edition's rule and the projects of the batch's pool. */
public record PaperBallot(long batchId, BallotRule rule, PoolBallot pool) {
}
