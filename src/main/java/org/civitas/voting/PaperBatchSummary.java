package org.civitas.voting;

import java.util.List;
import java.util.Optional;

/**
 * A batch of one pool's paper cards as officials see it. {@code mismatches} lists the card positions (from 1)
 * where the two rounds differ: filled when one batch is asked for by id and is in MISMATCH, empty in lists.
 */
public record PaperBatchSummary(long id, long editionId, long poolId, String label, PaperBatchStatus status,
        List<PaperRound> rounds, List<Integer> mismatches) {

    public PaperBatchSummary {
        rounds = List.copyOf(rounds);
        mismatches = List.copyOf(mismatches);
    }

    public Optional<PaperRound> round(int round) {
        return rounds.stream().filter(r -> r.round() == round).findFirst();
    }
}
