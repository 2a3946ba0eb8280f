package org.civitas.tally;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.civitas.tally.internal.Columns;
import org.civitas.tally.internal.OrderedMaps;

/**
 * One project of a pool, as a PROJECTS row holds it.
 *
 * @param id       unique id, kept as text ({@code BO.D16.6/24}, {@code P0018})
 * @param cost     cost in the pool's currency; {@link #WITHDRAWN_COST} marks a withdrawn project
 * @param votes    number of ballots that list the project
 * @param score    points from the ballots (cumulative or positional), when the source has them
 * @param name     title, or empty
 * @param selected the official outcome code (0, 1, 2, 3) when the source has one
 * @param extras   any other columns, in their order (category, latitude, ...)
 */
public record Project(String id, BigDecimal cost, long votes, OptionalLong score, String name,
        OptionalInt selected, Map<String, String> extras) {

    /** Pabulib's marker for a project withdrawn after the vote; every rule passes over it. */
    public static final BigDecimal WITHDRAWN_COST = new BigDecimal("999999999");

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selected, "selected");
        if (id.isEmpty() || !id.trim().equals(id) || id.indexOf(',') >= 0) {
            // Vote lists are comma-separated and trimmed, so such an id could not be voted for.
            throw new IllegalArgumentException("the project id \"" + id + "\" is empty, has spaces around it"
                    + " or holds a comma");
        }
        if (cost.signum() < 0 || votes < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost or vote count");
        }
        extras = extras.isEmpty() ? Map.of()
                : OrderedMaps.copyWithout(extras, Columns.PROJECT_FIELDS, "project " + id);
    }

    /** A project with only what counting needs: no score, name, official outcome or extras. */
    public static Project of(String id, long cost, long votes) {
        return new Project(id, BigDecimal.valueOf(cost), votes, OptionalLong.empty(), "",
                OptionalInt.empty(), Map.of());
    }

    public boolean withdrawn() {
        return cost.compareTo(WITHDRAWN_COST) == 0;
    }

    public Project withScore(long points) {
        return new Project(id, cost, votes, OptionalLong.of(points), name, selected, extras);
    }

    public Project withSelected(int code) {
        return new Project(id, cost, votes, score, name, OptionalInt.of(code), extras);
    }
}
