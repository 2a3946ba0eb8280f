package org.civitas.results.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.voting.BallotChoice;

/**
 * Which of our ballot rules holds a file's ballots, and the ballots as our ballot box keeps them. Approval and
 * choose-1 ballots become approval ballots, cumulative ones cumulative; ordinal ballots fit only as Kraków's
 * three ranked projects, and scoring ballots (points for unlisted projects too) fit none.
 */
final class BallotConversion {

    /** The ballot rule's parameter range (see EditionForm). */
    private static final int MOST = 1000;
    private static final int KRAKOW_RANKS = 3;

    private BallotConversion() {
    }

    /** @throws ImportRefusedException when no ballot rule of ours can hold the ballots */
    static BallotRule rule(Election election) {
        List<Ballot> ballots = election.ballots();
        int longest = ballots.stream().mapToInt(b -> b.projectIds().size()).max().orElse(1);
        return switch (election.voteType()) {
            case APPROVAL, CHOOSE_ONE -> new BallotRule(BallotRule.Kind.APPROVAL,
                    Math.min(MOST, Math.max(longest, metaInt(election, "max_length"))));
            case CUMULATIVE -> cumulative(election);
            case ORDINAL -> {
                if (ballots.stream().anyMatch(b -> b.projectIds().size() != KRAKOW_RANKS)) {
                    throw new ImportRefusedException("results.import.error.ordinal");
                }
                yield new BallotRule(BallotRule.Kind.KRAKOW_POINTS, null);
            }
            case SCORING -> throw new ImportRefusedException("results.import.error.scoring");
        };
    }

    private static BallotRule cumulative(Election election) {
        long most = Math.max(metaInt(election, "max_sum_points"), election.ballots().stream()
                .mapToLong(b -> b.points().stream().mapToLong(Long::longValue).sum()).max().orElse(1));
        if (most > MOST) {
            throw new ImportRefusedException("results.import.error.points", most, MOST);
        }
        return new BallotRule(BallotRule.Kind.CUMULATIVE, (int) Math.max(1, most));
    }

    /**
     * Each ballot's choices of the imported proposals; a withdrawn project (not in {@code proposalIds}) is left
     * out, and a project listed twice on one ballot counts once, as the file's own vote counts do.
     */
    static List<List<BallotChoice>> choices(Election election, BallotRule rule, long poolId,
            Map<String, Long> proposalIds) {
        var all = new ArrayList<List<BallotChoice>>(election.ballots().size());
        for (Ballot ballot : election.ballots()) {
            var choices = new ArrayList<BallotChoice>(ballot.projectIds().size());
            var seen = new HashSet<Long>();
            for (int i = 0; i < ballot.projectIds().size(); i++) {
                Long proposal = proposalIds.get(ballot.projectIds().get(i));
                if (proposal != null && seen.add(proposal)) {
                    choices.add(new BallotChoice(poolId, proposal, points(ballot, rule, i)));
                }
            }
            all.add(choices);
        }
        return all;
    }

    private static int points(Ballot ballot, BallotRule rule, int position) {
        return switch (rule.kind()) {
            case KRAKOW_POINTS -> KRAKOW_RANKS - position;
            case CUMULATIVE -> ballot.points().isEmpty() ? 1 : Math.toIntExact(ballot.points().get(position));
            default -> 1;
        };
    }

    private static int metaInt(Election election, String key) {
        try {
            return Integer.parseInt(election.meta().getOrDefault(key, "0").strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
