package org.civitas.voting;

import org.civitas.voting.internal.ParticipationRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an account took part in a vote, for the notification module's opt-in mails about results (its
 * listeners run signed in as nobody). It says nothing about what anyone voted.
 */
@Component
@Transactional(readOnly = true)
public class Participants {

    private final ParticipationRegister register;

    Participants(ParticipationRegister register) {
        this.register = register;
    }

    public boolean voted(long editionId, long accountId) {
        return register.accountVoted(editionId, accountId);
    }
}
