package org.civitas.voting;

import java.util.Comparator;
import java.util.List;

/**
 * One paper card of a batch as an official reads it: the marks of its pool, or, for a card that breaks the
 * rules, only the reason it is invalid (its marks count for nothing, so they are not kept).
 */
public record PaperCard(List<BallotChoice> marks, InvalidReason invalid) {

    public PaperCard {
        // one order for the same marks, so two officials' readings of a card compare equal however they typed them
        marks = invalid != null ? List.of()
                : marks.stream().sorted(Comparator.comparingLong(BallotChoice::proposalId)).toList();
    }

    public static PaperCard marked(List<BallotChoice> marks) {
        return new PaperCard(marks, null);
    }

    public static PaperCard invalid(InvalidReason reason) {
        return new PaperCard(List.of(), reason);
    }

    public boolean valid() {
        return invalid == null;
    }
}
