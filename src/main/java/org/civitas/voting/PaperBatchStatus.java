package org.civitas.voting;

/** Where a batch of paper cards stands: entered twice, compared, then counted once. */
public enum PaperBatchStatus {
    /** One or both rounds are still being entered. */
    ENTERING,
    /** Both rounds are finished and differ; a round must be corrected. */
    MISMATCH,
    /** Both rounds are finished and agree card by card; ready to count. */
    MATCHED,
    /** The cards are in the ballot box; the batch can no longer change. */
    COUNTED;

    public String translationKey() {
        return "voting.paper.status." + name().toLowerCase();
    }
}
