package org.civitas.voting;

/** One project marked on a ballot, with its points (1 for approval and knapsack ballots). */
public record BallotChoice(long poolId, long proposalId, int points) {
}
