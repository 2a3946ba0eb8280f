package org.civitas.voting;

import java.time.LocalDate;

/** The ballots of an edition are asked for before its vote has closed: they stay secret until then. */
public class VoteNotClosedException extends VotingRuleException {

    public VoteNotClosedException(LocalDate lastVotingDay) {
        super("voting.error.not-closed", lastVotingDay);
    }
}
