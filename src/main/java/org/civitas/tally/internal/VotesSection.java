package org.civitas.tally.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.civitas.tally.Ballot;
import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.Project;
import org.civitas.tally.internal.CsvRows.Row;

/** Reads the VOTES section to the end of the file. */
final class VotesSection {
    final List<Ballot> ballots = new ArrayList<>();
    /** Per project (in PROJECTS order), the number of ballots that list it, each counted once. */
    final long[] listedBy;

    private final ProjectsSection projects;
    private final IdTable ids;
    private final int[] lastBallot;

    private VotesSection(ProjectsSection projects) {
        this.projects = projects;
        this.ids = new IdTable(projects.projects.stream().map(Project::id).toList());
        this.listedBy = new long[projects.projects.size()];
        this.lastBallot = new int[projects.projects.size()];
        Arrays.fill(lastBallot, -1);
    }

    static VotesSection read(CsvRows rows, ProjectsSection projects) throws PabulibFormatException {
        var section = new VotesSection(projects);
        Header header = Header.read(rows, Columns.VOTES, Columns.VOTER_ID, Columns.VOTE);
        for (Row row = rows.next(); row != null; row = rows.next()) {
            header.requireWidth(row);
            section.ballots.add(section.parse(row, header));
        }
        return section;
    }

    private Ballot parse(Row row, Header header) throws PabulibFormatException {
        String voter = header.cell(row, Columns.VOTER_ID);
        if (voter.isEmpty()) {
            throw new PabulibFormatException(row.line(), "a ballot has no voter_id");
        }
        String vote = header.cell(row, Columns.VOTE);
        var listed = new String[vote.isEmpty() ? 0 : Lists.commas(vote) + 1];
        for (int i = 0, start = 0; i < listed.length; i++) {
            int end = i == listed.length - 1 ? vote.length() : vote.indexOf(',', start);
            int project = find(vote, start, end, row, voter);
            // The project's own id string: ballots then share a few strings instead of holding millions.
            listed[i] = projects.projects.get(project).id();
            countOnce(project);
            start = end + 1;
        }
        List<Long> points = points(row, header, voter, listed.length);
        return new Ballot(voter, List.of(listed), points, header.extras(row, Columns.BALLOT_FIELDS));
    }

    /** The project named by the list item {@code vote[start, end)}, spaces around it ignored. */
    private int find(String vote, int start, int end, Row row, String voter) throws PabulibFormatException {
        while (start < end && vote.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && vote.charAt(end - 1) <= ' ') {
            end--;
        }
        int project = ids.find(vote, start, end);
        if (project < 0) {
            throw new PabulibFormatException(row.line(), "voter " + voter + " votes for project "
                    + Messages.quote(vote.substring(start, end)) + ", which is not in PROJECTS");
        }
        return project;
    }

    /** Some ballots list a project twice (Zurich); like pabulib's recount, it counts once. */
    private void countOnce(int project) {
        if (lastBallot[project] != ballots.size()) {
            lastBallot[project] = ballots.size();
            listedBy[project]++;
        }
    }

    private static List<Long> points(Row row, Header header, String voter, int listed)
            throws PabulibFormatException {
        String cell = header.cell(row, Columns.POINTS);
        if (cell == null || cell.isEmpty()) {
            return List.of();
        }
        var points = new ArrayList<Long>();
        for (String text : Lists.split(cell)) {
            var value = Numbers.whole(text);
            if (value.isEmpty()) {
                throw new PabulibFormatException(row.line(), "the points " + Messages.quote(text) + " of voter "
                        + voter + " are not a whole number");
            }
            points.add(value.getAsLong());
        }
        if (points.size() != listed) {
            throw new PabulibFormatException(row.line(), "voter " + voter + " lists " + listed
                    + " projects but gives " + points.size() + " points");
        }
        return points;
    }
}
