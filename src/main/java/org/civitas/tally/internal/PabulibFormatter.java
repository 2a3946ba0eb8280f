package org.civitas.tally.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.tally.Ballot;
import org.civitas.tally.Election;
import org.civitas.tally.Project;

/** Formats one election as pabulib text: META, PROJECTS and VOTES, with LF line ends. */
public final class PabulibFormatter {
    private final Election election;
    private final StringBuilder out;

    public PabulibFormatter(Election election, StringBuilder out) {
        this.election = election;
        this.out = out;
    }

    public void write() {
        writeMeta();
        writeProjects();
        writeVotes();
    }

    private void writeMeta() {
        var meta = new LinkedHashMap<>(election.meta());
        meta.put(Columns.NUM_PROJECTS, String.valueOf(election.projects().size()));
        meta.put(Columns.NUM_VOTES, String.valueOf(election.ballots().size()));
        line(Columns.META);
        line(Columns.KEY, Columns.VALUE);
        meta.forEach((key, value) -> line(key, value));
    }

    private void writeProjects() {
        List<Project> projects = election.projects();
        boolean named = projects.stream().anyMatch(p -> !p.name().isEmpty());
        Set<String> extras = extraColumns(projects, Project::extras);
        var header = new ArrayList<>(List.of(Columns.PROJECT_ID, Columns.COST, Columns.VOTES_COUNT));
        addIf(header, election.hasScores(), Columns.SCORE);
        addIf(header, named, Columns.NAME);
        addIf(header, !projects.isEmpty() && projects.get(0).selected().isPresent(), Columns.SELECTED);
        header.addAll(extras);
        line(Columns.PROJECTS);
        line(header.toArray(String[]::new));
        for (Project p : projects) {
            var cells = new ArrayList<>(List.of(p.id(), p.cost().toPlainString(), String.valueOf(p.votes())));
            p.score().ifPresent(score -> cells.add(String.valueOf(score)));
            addIf(cells, named, p.name());
            p.selected().ifPresent(code -> cells.add(String.valueOf(code)));
            extras.forEach(column -> cells.add(p.extras().getOrDefault(column, "")));
            line(cells.toArray(String[]::new));
        }
    }

    private void writeVotes() {
        List<Ballot> ballots = election.ballots();
        boolean pointed = ballots.stream().anyMatch(b -> !b.points().isEmpty());
        Set<String> extras = extraColumns(ballots, Ballot::extras);
        var header = new ArrayList<>(List.of(Columns.VOTER_ID, Columns.VOTE));
        addIf(header, pointed, Columns.POINTS);
        header.addAll(extras);
        line(Columns.VOTES);
        line(header.toArray(String[]::new));
        for (Ballot b : ballots) {
            var cells = new ArrayList<>(List.of(b.voterId(), String.join(",", b.projectIds())));
            addIf(cells, pointed, b.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
            extras.forEach(column -> cells.add(b.extras().getOrDefault(column, "")));
            line(cells.toArray(String[]::new));
        }
    }

    private static <T> Set<String> extraColumns(List<T> rows, Function<T, Map<String, String>> extras) {
        var columns = new LinkedHashSet<String>();
        rows.forEach(row -> columns.addAll(extras.apply(row).keySet()));
        return columns;
    }

    private static void addIf(List<String> cells, boolean condition, String cell) {
        if (condition) {
            cells.add(cell);
        }
    }

    private void line(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            cell(cells[i]);
        }
        out.append('\n');
    }

    /** Quotes a cell the reader would otherwise split, unescape or trim. */
    private void cell(String text) {
        boolean plain = text.isEmpty() || (text.indexOf(';') < 0 && text.indexOf('"') < 0
                && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.trim().equals(text));
        if (plain) {
            out.append(text);
        } else {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }
}
