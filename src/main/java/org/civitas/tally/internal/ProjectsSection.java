package org.civitas.tally.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.Project;
import org.civitas.tally.internal.CsvRows.Row;

/** Reads the PROJECTS section, up to and including the VOTES title. */
final class ProjectsSection {
    final List<Project> projects = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** False when the file has no votes column, so the votes must be recounted from the ballots. */
    boolean hasVotes;

    static ProjectsSection read(CsvRows rows) throws PabulibFormatException {
        var section = new ProjectsSection();
        Header header = Header.read(rows, Columns.PROJECTS, Columns.PROJECT_ID, Columns.COST);
        section.hasVotes = header.has(Columns.VOTES_COUNT);
        for (Row row = rows.next(); !Sections.isTitle(row, Columns.VOTES); row = rows.next()) {
            if (row == null) {
                throw new PabulibFormatException(rows.lastLine(), "the file ends before the VOTES section");
            }
            header.requireWidth(row);
            section.add(row, parse(row, header));
        }
        return section;
    }

    private void add(Row row, Project project) throws PabulibFormatException {
        if (!ids.add(project.id())) {
            throw new PabulibFormatException(row.line(), "project " + Messages.quote(project.id()) + " appears twice");
        }
        projects.add(project);
    }

    private static Project parse(Row row, Header header) throws PabulibFormatException {
        String id = header.cell(row, Columns.PROJECT_ID);
        if (id.isEmpty()) {
            throw new PabulibFormatException(row.line(), "a project has no project_id");
        }
        var cells = new ProjectCells(row, header, id);
        BigDecimal cost = cells.cost();
        long votes = cells.count(Columns.VOTES_COUNT).orElse(0);
        OptionalLong score = cells.whole(Columns.SCORE);
        OptionalLong selected = cells.count(Columns.SELECTED);
        String name = header.has(Columns.NAME) ? header.cell(row, Columns.NAME) : "";
        try {
            return new Project(id, cost, votes, score, name,
                    selected.isPresent() ? OptionalInt.of((int) selected.getAsLong()) : OptionalInt.empty(),
                    header.extras(row, Columns.PROJECT_FIELDS));
        } catch (IllegalArgumentException invalid) {
            throw new PabulibFormatException(row.line(), invalid.getMessage());
        }
    }

    /** The numeric cells of one PROJECTS row, each checked with a message naming the project. */
    private record ProjectCells(Row row, Header header, String id) {
        BigDecimal cost() throws PabulibFormatException {
            String text = header.cell(row, Columns.COST);
            var cost = Numbers.decimal(text);
            if (cost.isEmpty()) {
                throw problem("the cost " + Messages.quote(text) + " of project " + id + " is not a number");
            }
            if (cost.get().signum() < 0) {
                throw problem("the cost " + Messages.quote(text) + " of project " + id + " is negative");
            }
            return cost.get();
        }

        OptionalLong whole(String column) throws PabulibFormatException {
            String text = header.cell(row, column);
            if (text == null) {
                return OptionalLong.empty();
            }
            var value = Numbers.whole(text);
            if (value.isEmpty()) {
                throw problem("the " + column + " " + Messages.quote(text) + " of project " + id
                        + " is not a whole number");
            }
            return value;
        }

        /** A whole number of at least 0 that fits an int. */
        OptionalLong count(String column) throws PabulibFormatException {
            OptionalLong value = whole(column);
            if (value.isPresent() && (value.getAsLong() < 0 || value.getAsLong() > Integer.MAX_VALUE)) {
                throw problem("the " + column + " " + Messages.quote(header.cell(row, column)) + " of project "
                        + id + " is not a count of at least 0");
            }
            return value;
        }

        private PabulibFormatException problem(String text) {
            return new PabulibFormatException(row.line(), text);
        }
    }
}
