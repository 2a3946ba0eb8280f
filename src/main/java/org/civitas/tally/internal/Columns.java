package org.civitas.tally.internal;

import java.util.Set;

/** Section titles, META keys and column names of the pabulib format, shared by reader and writer. */
public final class Columns {
    public static final String META = "META";
    public static final String PROJECTS = "PROJECTS";
    public static final String VOTES = "VOTES";

    public static final String KEY = "key";
    public static final String VALUE = "value";
    public static final String BUDGET = "budget";
    public static final String VOTE_TYPE = "vote_type";
    public static final String RULE = "rule";
    public static final String NUM_PROJECTS = "num_projects";
    public static final String NUM_VOTES = "num_votes";
    public static final String THRESHOLD = "min_project_score_threshold";

    public static final String PROJECT_ID = "project_id";
    public static final String COST = "cost";
    public static final String VOTES_COUNT = "votes";
    public static final String SCORE = "score";
    public static final String NAME = "name";
    public static final String SELECTED = "selected";

    public static final String VOTER_ID = "voter_id";
    public static final String VOTE = "vote";
    public static final String POINTS = "points";

    /** PROJECTS columns held in dedicated fields of {@code Project}; any other is an extra. */
    public static final Set<String> PROJECT_FIELDS = Set.of(PROJECT_ID, COST, VOTES_COUNT, SCORE, NAME, SELECTED);
    /** VOTES columns held in dedicated fields of {@code Ballot}; any other is an extra. */
    public static final Set<String> BALLOT_FIELDS = Set.of(VOTER_ID, VOTE, POINTS);

    private Columns() {
    }
}
