package org.civitas.voting;

import java.util.List;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.shared.Language;
import org.civitas.voting.internal.BallotBox;
import org.civitas.voting.internal.BallotContents;
import org.civitas.voting.internal.ParticipationRegister;
import org.civitas.voting.internal.VotingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turnout: live for officials while the vote runs; for everyone once it has closed. */
@Service
@Transactional(readOnly = true)
public class TurnoutService {

    private final ParticipationRegister register;
    private final BallotBox box;
    private final BallotContents contents;
    private final VotingCalendar calendar;
    private final ProfileService profiles;

    TurnoutService(ParticipationRegister register, BallotBox box, BallotContents contents, VotingCalendar calendar,
            ProfileService profiles) {
        this.register = register;
        this.box = box;
        this.contents = contents;
        this.calendar = calendar;
        this.profiles = profiles;
    }

    /** @throws VotingRuleException for a visitor or resident before the vote has closed */
    public Turnout turnout(long editionId) {
        EditionDetails edition = contents.edition(editionId, Language.DEFAULT);
        boolean closed = calendar.closed(edition);
        boolean official = profiles.current().map(a -> a.has(Role.OFFICIAL) || a.has(Role.ADMIN)).orElse(false);
        if (!closed && !official) {
            calendar.requireClosed(edition);
        }
        var counts = box.countByPool(editionId);
        List<Turnout.PoolTurnout> pools = edition.pools().stream().map(p -> {
            int[] c = counts.getOrDefault(p.id(), new int[2]);
            return new Turnout.PoolTurnout(p.id(), p.districtId(), c[0], c[1]);
        }).toList();
        return new Turnout(editionId, closed, register.countByChannel(editionId), register.countByAgeBand(editionId), pools);
    }
}
