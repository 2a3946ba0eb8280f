package org.civitas.voting;

import java.util.List;

import org.civitas.voting.internal.ParticipationRegister;
import org.springframework.stereotype.Service;

/**
 * The confirmation mails owed to online voters. A cast marks its participation row in the ballot's own transaction,
 * so a confirmation is neither lost (a crash, a mail server that is down) nor costs the cast more than a column;
 * the mailer takes what is owed at its own pace and says what it sent (docs/adr/0011).
 */
@Service
public class Confirmations {

    private final ParticipationRegister register;

    Confirmations(ParticipationRegister register) {
        this.register = register;
    }

    /** At most {@code max} confirmations still owed; the same ones again until {@link #sent} says otherwise. */
    public List<BallotCast> due(int max) {
        return register.confirmationsDue(max);
    }

    public void sent(List<BallotCast> confirmations) {
        if (!confirmations.isEmpty()) {
            register.confirmed(confirmations);
        }
    }
}
