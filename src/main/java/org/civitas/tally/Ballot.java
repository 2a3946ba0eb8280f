package org.civitas.tally;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civitas.tally.internal.Columns;
import org.civitas.tally.internal.OrderedMaps;

/**
 * One voter's ballot, as a VOTES row holds it.
 *
 * @param voterId    the voter's id in the file (anonymous)
 * @param projectIds the projects listed, in ballot order (meaningful for ordinal and cumulative)
 * @param points     points per listed project, in the same order, or empty when the ballot has none
 * @param extras     any other columns, in their order (age, sex, voting_method, ...)
 */
public record Ballot(String voterId, List<String> projectIds, List<Long> points, Map<String, String> extras) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("voter " + voterId + " lists " + projectIds.size()
                    + " projects but " + points.size() + " points");
        }
        extras = extras.isEmpty() ? Map.of()
                : OrderedMaps.copyWithout(extras, Columns.BALLOT_FIELDS, "voter " + voterId);
    }

    /** A ballot approving (or ranking, in this order) the given projects. */
    public static Ballot of(String voterId, String... projectIds) {
        return new Ballot(voterId, List.of(projectIds), List.of(), Map.of());
    }
}
