package org.civitas.voting;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.civitas.budget.BallotRule;

/**
 * The rules a ballot must keep (design.md §2). The booth asks {@link #limits} to offer only valid ballots; the
 * server checks every ballot again with {@link #check}, because a request can be forged.
 */
public final class BallotRules {

    /** Points by rank on a Kraków ballot: rank 1 gets 3, rank 2 gets 2, rank 3 gets 1. */
    public static final int[] KRAKOW_POINTS = {3, 2, 1};

    private BallotRules() {
    }

    public static PickLimits limits(BallotRule rule, PoolBallot pool) {
        int n = pool.projects().size();
        return switch (rule.kind()) {
            case KRAKOW_POINTS -> {
                int exactly = Math.min(KRAKOW_POINTS.length, n);
                yield new PickLimits(exactly, exactly, true, null, null);
            }
            case APPROVAL -> new PickLimits(0, Math.min(rule.parameter(), n), false, null, null);
            case CUMULATIVE -> new PickLimits(0, n, false, rule.parameter(), null);
            case KNAPSACK -> new PickLimits(0, n, false, null, pool.amount());
        };
    }

    /**
     * @throws VotingRuleException naming the first rule the ballot breaks
     */
    public static void check(BallotPaper paper, List<BallotChoice> choices) {
        if (choices.isEmpty()) {
            throw new VotingRuleException("voting.error.empty");
        }
        var seen = new HashSet<Long>();
        for (BallotChoice c : choices) {
            if (paper.pools().stream().noneMatch(p -> p.poolId() == c.poolId())) {
                throw new VotingRuleException("voting.error.other-pool");
            }
            if (!seen.add(c.proposalId())) {
                throw new VotingRuleException("voting.error.duplicate");
            }
        }
        for (PoolBallot pool : paper.pools()) {
            checkPool(paper.rule(), pool, choices.stream().filter(c -> c.poolId() == pool.poolId()).toList());
        }
    }

    /** One pool's marks; also used alone for a paper card, which holds one pool. */
    public static void checkPool(BallotRule rule, PoolBallot pool, List<BallotChoice> marks) {
        PickLimits limits = limits(rule, pool);
        for (BallotChoice c : marks) {
            if (pool.project(c.proposalId()).isEmpty()) {
                throw new VotingRuleException("voting.error.not-on-ballot");
            }
            if (c.points() < 1) {
                throw new VotingRuleException("voting.error.points-positive");
            }
        }
        if (marks.stream().map(BallotChoice::proposalId).distinct().count() != marks.size()) {
            throw new VotingRuleException("voting.error.duplicate");
        }
        if (marks.size() < limits.min() || marks.size() > limits.max()) {
            throw limits.min() == limits.max() ? new VotingRuleException("voting.error.exactly", limits.min())
                    : new VotingRuleException("voting.error.too-many", limits.max());
        }
        if (limits.ranked()) {
            var expected = IntStream.of(KRAKOW_POINTS).limit(marks.size()).sorted().boxed().toList();
            if (!marks.stream().map(BallotChoice::points).sorted().toList().equals(expected)) {
                throw new VotingRuleException("voting.error.ranks");
            }
        } else if (limits.points() != null) {
            if (marks.stream().mapToInt(BallotChoice::points).sum() > limits.points()) {
                throw new VotingRuleException("voting.error.points", limits.points());
            }
        } else if (marks.stream().anyMatch(c -> c.points() != 1)) {
            throw new VotingRuleException("voting.error.points-one");
        }
        if (limits.money() != null && cost(pool, marks).compareTo(limits.money()) > 0) {
            throw new VotingRuleException("voting.error.over-budget", limits.money());
        }
    }

    /** The total cost of the marked projects of a pool. */
    public static BigDecimal cost(PoolBallot pool, List<BallotChoice> marks) {
        return marks.stream().map(c -> pool.project(c.proposalId()).map(BallotProject::cost).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
