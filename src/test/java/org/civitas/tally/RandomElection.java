package org.civitas.tally;

import java.util.Random;

/** Random small approval elections with many ties, for checking against {@link ExactEqualShares}. */
record RandomElection(String text, Election election, long budget, ExactEqualShares exact) {
    private static final long[] COSTS = {1, 2, 3, 5, 6, 10, 12, 15, 20, 30, 60, 100, 120, 600};

    static RandomElection draw(Random random) throws PabulibFormatException {
        int projects = 2 + random.nextInt(6);
        int voters = 1 + random.nextInt(12);
        long[] cost = new long[projects];
        long total = 0;
        for (int p = 0; p < projects; p++) {
            cost[p] = COSTS[random.nextInt(COSTS.length)];
            total += cost[p];
        }
        long budget = 1 + random.nextInt((int) total);
        boolean[][] approves = new boolean[voters][projects];
        int[] counts = new int[projects];
        var ballots = new StringBuilder();
        for (int v = 0; v < voters; v++) {
            var ballot = new StringBuilder();
            for (int p = 0; p < projects; p++) {
                if (random.nextInt(3) > 0) {
                    approves[v][p] = true;
                    counts[p]++;
                    ballot.append(ballot.length() > 0 ? "," : "").append('P').append(p);
                }
            }
            ballots.append(v).append(';').append(ballot).append('\n');
        }
        int[][] approvers = new int[projects][];
        for (int p = 0; p < projects; p++) {
            approvers[p] = new int[counts[p]];
            for (int v = 0, i = 0; v < voters; v++) {
                if (approves[v][p]) {
                    approvers[p][i++] = v;
                }
            }
        }
        var text = new StringBuilder(Fixtures.meta(String.valueOf(budget), "approval"))
                .append("PROJECTS\nproject_id;cost\n");
        for (int p = 0; p < projects; p++) {
            text.append('P').append(p).append(';').append(cost[p]).append('\n');
        }
        text.append("VOTES\nvoter_id;vote\n").append(ballots);
        return new RandomElection(text.toString(), PabulibReader.parse(text.toString()), budget,
                new ExactEqualShares(cost, approvers, voters));
    }
}
