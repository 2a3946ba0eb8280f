package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract of design.md §6, run as a separate JVM through the application's main class:
 * the subcommand answers on its own, with no web server and no database.
 */
class CommandLineTest {

    static final Path PABULIB = Path.of("../shared/data/pabulib");

    record Run(int exit, String out, String err) {
    }

    @Test
    void tally_prints_the_winners_and_starts_no_server() throws Exception {
        Run run = civitas("tally", "--rule", "greedy", PABULIB.resolve("Poland_Warszawa_2021_Ursus.pb").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).isNotEmpty().allMatch(line -> line.matches("[\\w.-]+"));
        assertThat(run.out() + run.err()).doesNotContain("Tomcat").doesNotContain("HikariPool").doesNotContain("Spring");
    }

    @Test
    void tally_names_the_line_of_a_malformed_file_and_exits_2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.pb");
        Files.writeString(bad, "META\nkey;value\nnum_projects;x\n");

        Run run = civitas("tally", bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().contains("line");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void select_panel_repeats_the_same_draw_for_the_same_seed_and_starts_no_server() throws Exception {
        Path sample = Path.of("../shared/data/sortition/example_small_20");
        String[] args = {"select-panel", "--respondents", sample.resolve("respondents.csv").toString(),
                "--categories", sample.resolve("categories.csv").toString(), "--size", "20", "--seed", "2027-03-15"};

        Run first = civitas(args);
        Run second = civitas(args);

        assertThat(first.exit()).isZero();
        assertThat(first.out().lines().distinct().count()).isEqualTo(20);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out() + first.err()).doesNotContain("Tomcat").doesNotContain("HikariPool");
    }

    @Test
    void select_panel_prints_every_probability_under_leximin() throws Exception {
        Path sample = Path.of("../shared/data/sortition/example_small_20");
        Run run = civitas("select-panel", "--respondents", sample.resolve("respondents.csv").toString(),
                "--categories", sample.resolve("categories.csv").toString(), "--size", "20", "--probabilities");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).hasSize(200)
                .allSatisfy(line -> assertThat(Double.parseDouble(line.split(";")[1])).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.001)));
    }

    static Run civitas(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        assertThat(done).as("the command finished").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
