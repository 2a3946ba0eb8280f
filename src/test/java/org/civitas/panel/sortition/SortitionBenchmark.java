package org.civitas.panel.sortition;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Times `select-panel --probabilities` on the two samples and prints the wall time and the smallest
 * probability. Run from the project root as the README says, after {@code ./mvnw -q test-compile}:
 * {@code java -cp "target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath
 * -Dmdep.outputFile=/dev/stdout)" org.civitas.panel.sortition.SortitionBenchmark}.
 */
public final class SortitionBenchmark {

    private static final String SAMPLES = "../shared/data/sortition/";

    private SortitionBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("first run (includes JVM warm-up):");
        measure("example_small_20", "respondents.csv", "categories.csv", 20);
        measure("sortition_algorithms_fixture", "candidates.csv", "features.csv", 22);
        System.out.println("second run:");
        measure("example_small_20", "respondents.csv", "categories.csv", 20);
        measure("sortition_algorithms_fixture", "candidates.csv", "features.csv", 22);
    }

    private static void measure(String sample, String respondents, String categories, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = SelectPanelCommand.run(new String[] {"--respondents", SAMPLES + sample + "/" + respondents,
                "--categories", SAMPLES + sample + "/" + categories, "--size", String.valueOf(size), "--probabilities"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        double minimum = Arrays.stream(lines).filter(line -> line.contains(";"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(';') + 1))).min().orElse(Double.NaN);
        double sum = Arrays.stream(lines).filter(line -> line.contains(";"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(';') + 1))).sum();
        System.out.printf("%-30s size %2d  exit %d  %6.2f s  min probability %.6f  sum %.4f  volunteers %d%n",
                sample, size, status, seconds, minimum, sum, lines.length);
        if (status != 0) {
            System.out.print(err.toString(StandardCharsets.UTF_8));
        }
    }
}
