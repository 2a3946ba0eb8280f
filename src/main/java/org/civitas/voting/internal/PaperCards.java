package org.civitas.voting.internal;

import java.util.ArrayList;
import java.util.List;

import org.civitas.budget.BallotRule;
import org.civitas.voting.BallotRules;
import org.civitas.voting.PaperCard;
import org.civitas.voting.PoolBallot;
import org.civitas.voting.VotingRuleException;

/** The checks on paper cards: each card against the ballot rule, and the two rounds of a batch against each other. */
public final class PaperCards {

    /** Far more than a voting point's box holds for one pool; a bound so one request cannot flood the table. */
    public static final int MAX_PER_BATCH = 5000;

    private PaperCards() {
    }

    /**
     * A card read as valid must be a ballot the rule allows: one that is not must be entered as invalid, with
     * the reason, so that nobody's reading of an unclear card silently decides which projects it helps.
     *
     * @throws VotingRuleException naming the rule the card breaks
     */
    public static void check(BallotRule rule, PoolBallot pool, List<PaperCard> cards) {
        if (cards.size() > MAX_PER_BATCH) {
            throw new VotingRuleException("voting.paper.error.too-many-cards", MAX_PER_BATCH);
        }
        for (PaperCard card : cards) {
            if (!card.valid()) {
                continue;
            }
            if (card.marks().isEmpty()) {
                throw new VotingRuleException("voting.paper.error.empty-card");
            }
            if (card.marks().stream().anyMatch(m -> m.poolId() != pool.poolId())) {
                throw new VotingRuleException("voting.error.other-pool");
            }
            BallotRules.checkPool(rule, pool, card.marks());
        }
    }

    /** Positions (from 1) where the rounds read a card differently; a card only one round has differs too. */
    public static List<Integer> differences(List<PaperCard> first, List<PaperCard> second) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i >= first.size() || i >= second.size() || !first.get(i).equals(second.get(i))) {
                positions.add(i + 1);
            }
        }
        return positions;
    }
}
