package org.civitas.voting.internal;

import java.time.LocalDate;
import java.time.Period;

import org.civitas.budget.EditionDetails;
import org.civitas.voting.AgeBand;
import org.civitas.voting.Channel;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingRuleException;
import org.springframework.stereotype.Component;

/**
 * Who may vote: a valid identity, old enough if the edition sets an age, while the vote is open, once per
 * edition whatever the channel. Registering the person is the last check, made by the database's key.
 */
@Component
public class Eligibility {

    private final VotingCalendar calendar;
    private final IdentityKeys keys;
    private final ParticipationRegister register;

    Eligibility(VotingCalendar calendar, IdentityKeys keys, ParticipationRegister register) {
        this.calendar = calendar;
        this.keys = keys;
        this.register = register;
    }

    public VotingCalendar calendar() {
        return calendar;
    }

    /** @throws VotingRuleException when this identity may not vote in the edition today */
    public String check(EditionDetails edition, VoterIdentity identity) {
        String hash = mayVote(edition, identity);
        if (register.voted(edition.id(), hash)) {
            throw new VotingRuleException("voting.error.already-voted");
        }
        return hash;
    }

    /**
     * Every check but the register's, which {@link #register} leaves to the database's key.
     *
     * @return the identity's hash, to {@link #register} the vote with
     */
    public String mayVote(EditionDetails edition, VoterIdentity identity) {
        calendar.requireOpen(edition);
        String hash = keys.hash(identity);
        Integer minAge = edition.minAgeToVote();
        if (minAge != null && Period.between(identity.birthDate(), calendar.today()).getYears() < minAge) {
            throw new VotingRuleException("voting.error.too-young", minAge);
        }
        return hash;
    }

    /**
     * Checks and records the person as having voted, in the caller's transaction.
     *
     * @return the day recorded
     */
    public LocalDate register(EditionDetails edition, VoterIdentity identity, Long accountId, Channel channel) {
        return register(edition, mayVote(edition, identity), identity, accountId, channel);
    }

    /** Records the vote of an identity that {@link #mayVote} admitted, as {@code hash}, in the caller's transaction. */
    public LocalDate register(EditionDetails edition, String hash, VoterIdentity identity, Long accountId,
            Channel channel) {
        LocalDate today = calendar.today();
        register.record(edition.id(), hash, accountId, channel, today, AgeBand.on(identity.birthDate(), today));
        return today;
    }

    public boolean accountVoted(long editionId, long accountId) {
        return register.accountVoted(editionId, accountId);
    }
}
