package org.civitas.voting.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.Phase;
import org.civitas.budget.PhaseDates;
import org.civitas.shared.Formats;
import org.civitas.voting.VotingRuleException;
import org.springframework.stereotype.Component;

/** When an edition's vote is open, by the server's clock in Kraków time. */
@Component
public class VotingCalendar {

    private final EditionService editions;
    private final Clock clock;

    VotingCalendar(EditionService editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /** The edition whose vote is open today, else the next one to open, else the last one that closed. */
    public java.util.Optional<Long> currentEdition() {
        LocalDate today = today();
        // an imported past edition is only there to be counted again, never to be voted in
        return editions.editions().stream().filter(e -> !e.imported()).map(e -> editions.details(e.id()))
                .filter(e -> e.phase(Phase.VOTING).isPresent())
                .min(java.util.Comparator.comparing((EditionDetails e) -> rank(e, today)).thenComparing(
                        e -> Math.abs(e.phase(Phase.VOTING).get().start().toEpochDay() - today.toEpochDay())))
                .map(EditionDetails::id);
    }

    private static int rank(EditionDetails edition, LocalDate today) {
        PhaseDates days = edition.phase(Phase.VOTING).get();
        return days.covers(today) ? 0 : days.start().isAfter(today) ? 1 : 2;
    }

    /**
     * Today in Kraków, as {@link EditionService#today()} says it, but read here: a cast asks three times, and each
     * call through that service's proxy opened a read-only transaction (a pooled connection and its round trips)
     * and ran method validation just to read the clock.
     */
    public LocalDate today() {
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }

    public PhaseDates voting(EditionDetails edition) {
        return edition.phase(Phase.VOTING).orElseThrow(() -> new VotingRuleException("voting.error.no-vote"));
    }

    public boolean open(EditionDetails edition) {
        return voting(edition).covers(today());
    }

    public boolean closed(EditionDetails edition) {
        return today().isAfter(voting(edition).end());
    }

    /** @throws VotingRuleException naming the voting days when they do not include today */
    public void requireOpen(EditionDetails edition) {
        PhaseDates days = voting(edition);
        if (!days.covers(today())) {
            throw new VotingRuleException("voting.error.closed", days.start(), days.end());
        }
    }

    /** @throws VotingRuleException until the vote has closed */
    public void requireClosed(EditionDetails edition) {
        PhaseDates days = voting(edition);
        if (!closed(edition)) {
            throw new VotingRuleException("voting.error.not-closed", days.end());
        }
    }
}
