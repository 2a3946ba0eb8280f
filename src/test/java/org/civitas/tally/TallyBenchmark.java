package org.civitas.tally;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * Prints how long counting takes: the largest shared pabulib file by every rule, and a generated
 * city-wide election of 100 projects and 100,000 approval ballots by Equal Shares. Run, as the README
 * says, from the project folder after {@code ./mvnw -q -o test-compile}:
 * {@code java -cp target/classes:target/test-classes org.civitas.tally.TallyBenchmark}. Each figure is
 * the first (cold) run in this JVM and the median of later (warm) runs, as wall-clock time and as CPU
 * time of the whole process (with the JIT compiler and the garbage collector), which other work on the
 * machine disturbs less.
 */
public final class TallyBenchmark {
    private static final int WARM_RUNS = 15;
    private static final long SEED = 20240415L;

    private TallyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%d cores, load average %.2f when starting (other work on the machine slows the figures)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // The generated election first, so its cold figure is a truly cold JVM.
        benchmarkGenerated();
        benchmarkLargestFile();
    }

    private static void benchmarkGenerated() throws PabulibFormatException {
        String text = CityWideElection.generate(new Random(SEED), 100, 100_000);
        System.out.printf("generated: 100 projects, 100,000 approval ballots of 1-10 projects, %.1f MB of text%n",
                text.length() / 1e6);
        for (int run = 0; run <= WARM_RUNS / 3; run++) {
            Clock start = Clock.now();
            Election election = PabulibReader.parse(text);
            Clock parsed = Clock.now();
            TallyResult result = Tally.count(election, Rule.EQUAL_SHARES);
            Clock counted = Clock.now();
            System.out.printf("  %s run: parse %s + equal-shares %s = %s (%d funded, %d add-one steps, %s per voter)%n",
                    run == 0 ? "cold" : "warm", start.until(parsed), parsed.until(counted), start.until(counted),
                    result.selected().size(), result.equalShares().addOneSteps(),
                    result.equalShares().moneyPerVoter());
        }
    }

    /** Wall-clock and process CPU time at one moment. */
    private record Clock(long wall, long cpu) {
        static Clock now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Clock(System.nanoTime(), os.getProcessCpuTime());
        }

        String until(Clock later) {
            return String.format("%.0f ms (cpu %.0f ms)", (later.wall - wall) / 1e6, (later.cpu - cpu) / 1e6);
        }
    }

    private static void benchmarkLargestFile() throws IOException, PabulibFormatException {
        Path largest = Fixtures.dataFiles().stream().max(Comparator.comparingLong(TallyBenchmark::size)).orElseThrow();
        Election sample = PabulibReader.read(largest);
        System.out.printf("largest file: %s (%d bytes, %d projects, %d ballots)%s%n", largest.getFileName(),
                size(largest), sample.projects().size(), sample.ballots().size(),
                sample.minProjectScoreThreshold().isPresent() ? "" : "; no threshold, so greedy-threshold runs with 0");
        for (Rule rule : Rule.values()) {
            var withParse = new Timings();
            var countOnly = new Timings();
            for (int run = 0; run <= WARM_RUNS; run++) {
                Clock start = Clock.now();
                Election election = withThreshold(PabulibReader.read(largest), rule);
                Clock parsed = Clock.now();
                Tally.count(election, rule);
                Clock counted = Clock.now();
                withParse.add(start, counted);
                countOnly.add(parsed, counted);
            }
            System.out.printf("  %-27s parse+count %s | count only %s%n", rule.pabulibName(), withParse, countOnly);
        }
    }

    /** The first run and the median of the later ones. */
    private static final class Timings {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        void add(Clock from, Clock to) {
            wall.add(to.wall() - from.wall());
            cpu.add(to.cpu() - from.cpu());
        }

        @Override
        public String toString() {
            return String.format("cold %.1f ms (cpu %.0f), warm %.1f ms (cpu %.0f)", wall.get(0) / 1e6,
                    cpu.get(0) / 1e6, median(wall) / 1e6, median(cpu) / 1e6);
        }

        private static long median(List<Long> runs) {
            List<Long> warm = new ArrayList<>(runs.subList(1, runs.size()));
            warm.sort(null);
            return warm.get(warm.size() / 2);
        }
    }

    /** greedy-threshold needs a threshold; a file without one is timed with a threshold of 0. */
    private static Election withThreshold(Election election, Rule rule) {
        if (rule != Rule.GREEDY_THRESHOLD || election.minProjectScoreThreshold().isPresent()) {
            return election;
        }
        var meta = new LinkedHashMap<>(election.meta());
        meta.put("min_project_score_threshold", "0");
        return new Election(meta, election.projects(), election.ballots());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A made-up city-wide pool as pabulib text, with popularity that varies between projects. */
    static final class CityWideElection {
        private CityWideElection() {
        }

        static String generate(Random random, int projects, int voters) {
            var text = new StringBuilder(voters * 32);
            text.append("META\nkey;value\ndescription;Generated city-wide pool\ncountry;Poland\nunit;Benchmark\n")
                    .append("instance;2025\nnum_projects;").append(projects).append("\nnum_votes;").append(voters)
                    .append("\nbudget;20000000\nvote_type;approval\nrule;equalshares/add1\ncurrency;PLN\n")
                    .append("PROJECTS\nproject_id;cost;name\n");
            double[] weight = new double[projects];
            for (int p = 0; p < projects; p++) {
                weight[p] = 0.2 + random.nextDouble() * random.nextDouble();
                long cost = 25_000 + 1_000L * random.nextInt(1_976);
                text.append("P").append(p).append(';').append(cost).append(";Project ").append(p).append('\n');
            }
            text.append("VOTES\nvoter_id;vote\n");
            boolean[] chosen = new boolean[projects];
            for (int v = 0; v < voters; v++) {
                text.append(v).append(';');
                int size = 1 + random.nextInt(10);
                Arrays.fill(chosen, false);
                for (int i = 0; i < size; i++) {
                    int p = draw(random, weight, chosen);
                    chosen[p] = true;
                    text.append(i > 0 ? "," : "").append('P').append(p);
                }
                text.append('\n');
            }
            return text.toString();
        }

        /** A project not yet on the ballot, with probability proportional to its weight. */
        private static int draw(Random random, double[] weight, boolean[] chosen) {
            while (true) {
                int p = random.nextInt(weight.length);
                if (!chosen[p] && random.nextDouble() * 1.2 < weight[p]) {
                    return p;
                }
            }
        }
    }
}
