package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.Project;

/**
 * An election as primitive arrays for the rules: money as long in the smallest unit that the
 * budget and costs use (cents for {@code 1656699.67}, whole units otherwise), projects by index
 * in file order.
 */
final class CountInput {
    final Election election;
    final int projectCount;
    final int scale;
    final long budget;
    final long[] cost;
    final boolean[] withdrawn;
    /** Greedy ranking key: the score when the election has scores, else the votes. */
    final long[] rankKey;
    private int[][] approvers;

    private CountInput(Election election) {
        this.election = election;
        List<Project> projects = election.projects();
        this.projectCount = projects.size();
        this.scale = smallestUnitScale(election);
        this.budget = units(election.budget());
        this.cost = new long[projectCount];
        this.withdrawn = new boolean[projectCount];
        this.rankKey = new long[projectCount];
        boolean byScore = election.hasScores();
        for (int i = 0; i < projectCount; i++) {
            Project p = projects.get(i);
            cost[i] = units(p.cost());
            withdrawn[i] = p.withdrawn();
            rankKey[i] = byScore ? p.score().getAsLong() : p.votes();
        }
    }

    static CountInput of(Election election) {
        return new CountInput(election);
    }

    String id(int project) {
        return election.projects().get(project).id();
    }

    int voterCount() {
        return election.ballots().size();
    }

    /** The total cost of some projects, in the smallest unit. */
    long costOf(int[] projects) {
        long total = 0;
        for (int p : projects) {
            total = Math.addExact(total, cost[p]);
        }
        return total;
    }

    /** Money in the smallest unit, back in currency. */
    BigDecimal money(long units) {
        return BigDecimal.valueOf(units, scale);
    }

    /**
     * Per project, the voters whose ballot lists it, each once. Every listed project counts as
     * approved, whatever the vote type, because Equal Shares and the comparison work on approvals.
     */
    int[][] approvers() {
        if (approvers == null) {
            approvers = buildApprovers();
        }
        return approvers;
    }

    private int[][] buildApprovers() {
        var index = new IdTable(election.projects().stream().map(Project::id).toList());
        List<Ballot> ballots = election.ballots();
        int[][] listed = new int[ballots.size()][];
        int[] counts = new int[projectCount];
        int[] lastVoter = new int[projectCount];
        Arrays.fill(lastVoter, -1);
        for (int v = 0; v < listed.length; v++) {
            listed[v] = indices(ballots.get(v), index);
            for (int p : listed[v]) {
                counts[p] += lastVoter[p] == v ? 0 : 1;
                lastVoter[p] = v;
            }
        }
        int[][] result = new int[projectCount][];
        for (int p = 0; p < projectCount; p++) {
            result[p] = new int[counts[p]];
            counts[p] = 0;
        }
        Arrays.fill(lastVoter, -1);
        for (int v = 0; v < listed.length; v++) {
            for (int p : listed[v]) {
                if (lastVoter[p] != v) {
                    lastVoter[p] = v;
                    result[p][counts[p]++] = v;
                }
            }
        }
        return result;
    }

    private static int[] indices(Ballot ballot, IdTable index) {
        int[] result = new int[ballot.projectIds().size()];
        for (int i = 0; i < result.length; i++) {
            String id = ballot.projectIds().get(i);
            result[i] = index.find(id, 0, id.length());
            if (result[i] < 0) {
                throw new IllegalArgumentException("voter " + ballot.voterId() + " votes for project " + id
                        + ", which the election does not have");
            }
        }
        return result;
    }

    private long units(BigDecimal amount) {
        try {
            return amount.movePointRight(scale).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("the amount " + amount + " is too large to count", tooLarge);
        }
    }

    private static int smallestUnitScale(Election election) {
        int scale = Math.max(0, election.budget().stripTrailingZeros().scale());
        for (Project p : election.projects()) {
            scale = Math.max(scale, p.cost().stripTrailingZeros().scale());
        }
        return scale;
    }
}
