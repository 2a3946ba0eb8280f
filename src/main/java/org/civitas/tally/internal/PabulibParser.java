package org.civitas.tally.internal;

import java.util.ArrayList;
import java.util.List;

import org.civitas.tally.Election;
import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.Project;

/** Reads the three sections of a pabulib text in order and checks them against each other. */
public final class PabulibParser {
    private PabulibParser() {
    }

    public static Election parse(String text) throws PabulibFormatException {
        var rows = new CsvRows(text);
        MetaSection meta = MetaSection.read(rows);
        ProjectsSection projects = ProjectsSection.read(rows);
        VotesSection votes = VotesSection.read(rows, projects);
        meta.requireCount(Columns.NUM_PROJECTS, projects.projects.size(), Columns.PROJECTS);
        meta.requireCount(Columns.NUM_VOTES, votes.ballots.size(), Columns.VOTES);
        List<Project> counted = projects.hasVotes ? projects.projects : recounted(projects.projects, votes);
        return new Election(meta.entries, counted, votes.ballots);
    }

    /** A file without a votes column gets the number of ballots listing each project. */
    private static List<Project> recounted(List<Project> projects, VotesSection votes) {
        var counted = new ArrayList<Project>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            counted.add(new Project(p.id(), p.cost(), votes.listedBy[i], p.score(), p.name(), p.selected(),
                    p.extras()));
        }
        return counted;
    }
}
